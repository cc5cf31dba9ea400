import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  ActionItemDetailDto,
  ActionItemPage,
  ActionItemStateFilter,
  AgendaActionItemsDto,
  CreateActionItemInput,
  NotificationDto,
  OrganizationSummaryDto,
  PostActionItemUpdateInput,
  PullOpenItemsResult,
  UpdateActionItemInput,
} from "../../../shared/action-items.ts";
import { api } from "../../app/api-client.ts";
import { meetingKeys } from "../coordination/coordination-api.ts";

/** Query keys of action items and notifications: every change refreshes both. */
export const followUpKey = ["follow-up"] as const;
const notificationsKey = ["notifications"] as const;

export type ActionItemFilters = {
  scope: "mine" | "all";
  state: ActionItemStateFilter | null;
  organizationId?: string | null;
  meetingId?: string | null;
  programmeId?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
};

/** Action items in list order (overdue first), page by page. */
export function useActionItems(filters: ActionItemFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...followUpKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<ActionItemPage>("/action-items", { ...filters, cursor: pageParam, limit: 30 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useActionItem(id: string) {
  return useQuery({
    queryKey: [...followUpKey, "one", id],
    queryFn: ({ signal }) => api.get<ActionItemDetailDto>(`/action-items/${id}`, undefined, signal),
  });
}

export function useOrganizationSummary(
  period: { dueFrom?: string | null; dueTo?: string | null },
  enabled = true,
) {
  return useQuery({
    queryKey: [...followUpKey, "by-organization", period],
    queryFn: ({ signal }) => api.get<OrganizationSummaryDto>("/action-items/by-organization", period, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A change to action items: lists, items, the plan's counts and the bell all read again. */
function useFollowUpMutation<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: followUpKey });
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
      await queryClient.invalidateQueries({ queryKey: ["work-plans"] });
    },
  });
}

export const useCreateActionItem = () =>
  useFollowUpMutation((input: CreateActionItemInput) =>
    api.post<ActionItemDetailDto>("/action-items", input),
  );

export const useEditActionItem = (id: string) =>
  useFollowUpMutation((input: UpdateActionItemInput) =>
    api.patch<ActionItemDetailDto>(`/action-items/${id}`, input),
  );

export const useReportOnActionItem = (id: string) =>
  useFollowUpMutation((input: PostActionItemUpdateInput) =>
    api.post<ActionItemDetailDto>(`/action-items/${id}/reports`, input),
  );

/** "Tarik tindak lanjut terbuka": the meeting's agenda changes, so the meeting reads again. */
export function usePullOpenItems(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PullOpenItemsResult>(`/meetings/${meetingId}/agenda/pull-action-items`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.one(meetingId) });
      await queryClient.invalidateQueries({ queryKey: [...followUpKey, "agenda", meetingId] });
    },
  });
}

export function useAgendaActionItems(meetingId: string) {
  return useQuery({
    queryKey: [...followUpKey, "agenda", meetingId],
    queryFn: ({ signal }) =>
      api.get<AgendaActionItemsDto>(`/meetings/${meetingId}/agenda/action-items`, undefined, signal),
  });
}

// ---- notifications (the bell) ----

type NotificationPage = { items: NotificationDto[]; nextCursor: string | null; unreadCount: number };

/** The unread count, looked at again every minute and whenever the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, "unread"],
    queryFn: ({ signal }) =>
      api.get<{ unreadCount: number }>("/notifications/unread-count", undefined, signal),
    refetchInterval: 60_000,
  });
}

export function useNotifications(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationsKey, "list"],
    queryFn: ({ pageParam, signal }) =>
      api.get<NotificationPage>("/notifications", { cursor: pageParam, limit: 10 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) =>
      api.post<{ unreadCount: number }>(id ? `/notifications/${id}/read` : "/notifications/read-all"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
