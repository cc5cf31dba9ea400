import { useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  PublicChallenge,
  PublicComplaintInput,
  publicComplaintStatusSchema,
  publicReceiptSchema,
} from "../../../shared/complaints.ts";
import { api } from "../../app/api-client.ts";

export type PublicReceipt = z.infer<typeof publicReceiptSchema>;
export type PublicComplaintStatusDto = z.infer<typeof publicComplaintStatusSchema>;

export function fetchChallenge(signal?: AbortSignal): Promise<PublicChallenge> {
  return api.get<PublicChallenge>("/public/complaints/challenge", undefined, signal);
}

export function useSubmitPublicComplaint() {
  return useMutation({
    mutationFn: (input: PublicComplaintInput) => api.post<PublicReceipt>("/public/complaints", input),
  });
}

/** Where a complaint stands; the server forgives case, spaces and look-alike characters. */
export function usePublicComplaintStatus(trackingCode: string | null) {
  return useQuery({
    queryKey: ["public-complaint", trackingCode],
    queryFn: ({ signal }) =>
      api.get<PublicComplaintStatusDto>(
        `/public/complaints/${encodeURIComponent(trackingCode ?? "")}`,
        undefined,
        signal,
      ),
    enabled: Boolean(trackingCode),
    // Tracking is rate-limited per address: one answer per visit is enough.
    staleTime: 60_000,
  });
}
