import { useMutation } from "@tanstack/react-query";
import { notifyError } from "../ui/notify.ts";
import { saveFile } from "../ui/save-file.ts";
import { api } from "./api-client.ts";

type QueryValue = string | number | null | undefined;

function pathWith(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A download through the API, so a refusal shows the server's message instead of saving an
 * error page as the file; `failedTitle` heads that message.
 */
export function useDownload(failedTitle: string) {
  return useMutation({
    mutationFn: async ({
      path,
      query,
      fallbackName,
    }: {
      path: string;
      query: Record<string, QueryValue>;
      fallbackName: string;
    }) => {
      const file = await api.file(pathWith(path, query));
      saveFile(file.blob, file.fileName ?? fallbackName);
    },
    onError: (error) => notifyError(failedTitle, error.message),
  });
}
