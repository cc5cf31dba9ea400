import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateReportInput,
  ReportDto,
  ReportListItem,
  ReportOptions,
  ReportStatus,
  SaveNarrativeInput,
} from "../../../shared/periodic-reports.ts";
import { api } from "../../app/api-client.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

const reportsKey = ["periodic-reports"] as const;
/** How often a page asks about a report that is being built: often enough for a moving bar. */
const POLL_MS = 1000;

export const isBuilding = (status: ReportStatus | undefined) => status === "building";

export function useReportList() {
  return useInfiniteQuery({
    queryKey: [...reportsKey, "list"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ReportListItem>>("/reports", { cursor: pageParam, limit: 20 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While one of them builds, the list follows it without a reload.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((r) => isBuilding(r.status))) ? POLL_MS * 2 : false,
  });
}

/** One report, polled while it is being built (its progress moves from 0 to 1). */
export function useReport(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...reportsKey, "one", id],
    queryFn: async ({ signal }) => {
      const dto = await api.get<ReportDto>(`/reports/${id}`, undefined, signal);
      if (!isBuilding(dto.status)) void queryClient.invalidateQueries({ queryKey: [...reportsKey, "list"] });
      return dto;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (isBuilding(query.state.data?.status) ? POLL_MS : false),
  });
}

/** The form's choices; they change only when regions are loaded. */
export function useReportOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...reportsKey, "options"],
    queryFn: ({ signal }) => api.get<ReportOptions>("/reports/options", undefined, signal),
    enabled,
    staleTime: 60 * 60_000,
  });
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateReportInput) => api.post<{ id: string }>("/reports", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...reportsKey, "list"] }),
  });
}

/** The steps of a draft; each answers the report as it now stands, which replaces the cached one. */
export function useReportStep(id: string) {
  const queryClient = useQueryClient();
  const settle = (dto: ReportDto) => {
    queryClient.setQueryData([...reportsKey, "one", id], dto);
    return queryClient.invalidateQueries({ queryKey: [...reportsKey, "list"] });
  };
  return {
    save: useMutation({
      mutationFn: (input: SaveNarrativeInput) => api.patch<ReportDto>(`/reports/${id}/narrative`, input),
      onSuccess: settle,
    }),
    refresh: useMutation({
      mutationFn: (version: number) => api.post<ReportDto>(`/reports/${id}/refresh`, { version }),
      onSuccess: settle,
    }),
    finalise: useMutation({
      mutationFn: (version: number) => api.post<ReportDto>(`/reports/${id}/finalise`, { version }),
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: () => api.delete<void>(`/reports/${id}`),
      onSuccess: () => {
        queryClient.removeQueries({ queryKey: [...reportsKey, "one", id] });
        return queryClient.invalidateQueries({ queryKey: [...reportsKey, "list"] });
      },
    }),
  };
}
