import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { CaseListItem } from "../../../shared/cases.ts";
import type {
  ComplaintDto,
  ComplaintSource,
  ComplaintStatus,
  ComplaintSummary,
  RecordComplaintInput,
  TriageInput,
} from "../../../shared/complaints.ts";
import { api } from "../../app/api-client.ts";

export type ComplaintFilters = {
  q: string;
  status: ComplaintStatus | null;
  channel: string | null;
  source: ComplaintSource | null;
};
type Page<T> = { items: T[]; nextCursor: string | null };

const complaintsKey = ["complaints"] as const;

/** What the queue's search accepts: letters, digits, spaces and dashes, as a code is written. */
export function searchableCode(typed: string): string {
  return typed
    .replace(/[^A-Za-z0-9 -]/g, "")
    .trim()
    .slice(0, 20);
}

export function useComplaintQueue(filters: ComplaintFilters) {
  return useInfiniteQuery({
    queryKey: [...complaintsKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ComplaintSummary>>(
        "/complaints",
        {
          q: filters.q,
          status: filters.status,
          channel: filters.channel,
          source: filters.source,
          cursor: pageParam,
          limit: 30,
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: string | undefined) {
  return useQuery({
    queryKey: [...complaintsKey, "one", id],
    queryFn: ({ signal }) => api.get<ComplaintDto>(`/complaints/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useRecordComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordComplaintInput) => api.post<ComplaintSummary>("/complaints", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: complaintsKey }),
  });
}

export function useReviewComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ComplaintSummary>(`/complaints/${id}/review`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: complaintsKey }),
  });
}

export function useTriageComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TriageInput) => api.post<ComplaintSummary>(`/complaints/${id}/triage`, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: complaintsKey });
      // A case may have been opened or gained a complaint.
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
    },
  });
}

/** Cases to attach a complaint to, by the beginning of their number ("3171-2026", "TPPO-3171"). */
export function useCaseSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ["cases", "attach-search", q],
    queryFn: ({ signal }) => api.get<Page<CaseListItem>>("/cases", { q, limit: 20 }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
