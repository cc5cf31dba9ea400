import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ImportDto, ImportFormat, ImportListItem, ImportStatus } from "../../../shared/imports.ts";
import { api } from "../../app/api-client.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

const importsKey = ["imports"] as const;
/** How often a page asks about an import that has not ended: often enough for a moving bar. */
const POLL_MS = 1000;

export const isLive = (status: ImportStatus | undefined) => status === "queued" || status === "running";

export function useImportHistory() {
  return useInfiniteQuery({
    queryKey: [...importsKey, "list"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ImportListItem>>("/imports", { cursor: pageParam, limit: 20 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While one of them runs, the list follows it (and shows its end) without a reload.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((i) => isLive(i.status))) ? POLL_MS * 3 : false,
  });
}

/** One import, polled while it is queued or running (the API's progress moves from 0 to 1). */
export function useImport(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...importsKey, "one", id],
    queryFn: async ({ signal }) => {
      const dto = await api.get<ImportDto>(`/imports/${id}`, undefined, signal);
      if (!isLive(dto.status)) void queryClient.invalidateQueries({ queryKey: [...importsKey, "list"] });
      return dto;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (isLive(query.state.data?.status) ? POLL_MS : false),
  });
}

export type StartImport = { file: File; format: ImportFormat; dryRun: boolean; allOrNothing: boolean };

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, format, dryRun, allOrNothing }: StartImport) => {
      const form = new FormData();
      form.append("format", format);
      form.append("dryRun", String(dryRun));
      form.append("allOrNothing", String(allOrNothing));
      form.append("file", file, file.name);
      return api.upload<{ id: string }>("/imports", form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...importsKey, "list"] }),
  });
}
