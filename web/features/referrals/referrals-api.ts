import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { ReceivedReferralDto, ReferralStatus, RevealedIdentity } from "../../../shared/referrals.ts";
import type { RecordReferralServiceInput, ServiceDto } from "../../../shared/services.ts";
import { api } from "../../app/api-client.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

const referralsKey = ["referrals"] as const;

/** The referrals addressed to the caller's organisation: overdue first, then the soonest due. */
export function useReferralInbox(status: ReferralStatus | null) {
  return useInfiniteQuery({
    queryKey: [...referralsKey, "inbox", status],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ReceivedReferralDto>>(
        "/referrals/inbox",
        { status, cursor: pageParam, limit: 30 },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useReferral(id: string | undefined) {
  return useQuery({
    queryKey: [...referralsKey, "one", id],
    queryFn: ({ signal }) => api.get<ReceivedReferralDto>(`/referrals/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export type ReferralAnswer =
  | { action: "accept" }
  | { action: "decline"; reason: string }
  | { action: "complete"; note: string | null };

export function useAnswerReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: ReferralAnswer) => {
      const { action, ...body } = answer;
      return api.post<ReceivedReferralDto>(`/referrals/${id}/${action}`, body);
    },
    onSuccess: (referral) => {
      queryClient.setQueryData([...referralsKey, "one", id], referral);
      return queryClient.invalidateQueries({ queryKey: referralsKey });
    },
  });
}

/** The shared identity fields; each call is a new, audited view, so it is never cached or retried. */
export function useRevealReferralIdentity(id: string) {
  return useMutation({
    mutationFn: () => api.post<RevealedIdentity>(`/referrals/${id}/reveal`, {}),
  });
}

export function useReferralServices(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...referralsKey, "services", id],
    queryFn: ({ signal }) => api.get<{ items: ServiceDto[] }>(`/referrals/${id}/services`, undefined, signal),
    enabled,
  });
}

export function useRecordReferralService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordReferralServiceInput) =>
      api.post<ServiceDto>(`/referrals/${id}/services`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...referralsKey, "services", id] }),
  });
}
