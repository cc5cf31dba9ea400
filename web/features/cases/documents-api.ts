import { useMutation, useQuery } from "@tanstack/react-query";
import type { DocumentDto, UploadDocumentInput } from "../../../shared/case-documents.ts";
import { api } from "../../app/api-client.ts";
import { saveFile } from "../../ui/save-file.ts";
import { caseKey, useInvalidateCases } from "./cases-api.ts";

export function useDocuments(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "documents"],
    queryFn: ({ signal }) =>
      api.get<{ items: DocumentDto[] }>(`/cases/${caseId}/documents`, undefined, signal),
  });
}

export function useUploadDocument(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: UploadDocumentInput) => api.post<DocumentDto>(`/cases/${caseId}/documents`, input),
    onSuccess: invalidate,
  });
}

/**
 * Fetches a document's bytes and hands them to the browser as a download. A plain link would
 * work too, but could not show the server's refusal in the page; the server audits each one.
 */
async function downloadDocument(caseId: string, document: DocumentDto): Promise<void> {
  const blob = await api.blob(`/cases/${caseId}/documents/${document.id}/content`);
  saveFile(blob, document.fileName);
}

export function useDownloadDocument(caseId: string) {
  return useMutation({ mutationFn: (document: DocumentDto) => downloadDocument(caseId, document) });
}
