import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  AttendanceDto,
  AttendanceRatesDto,
  CalendarFeedDto,
  CheckInInput,
  CreateDecreeInput,
  CreateMeetingInput,
  CreateMembershipInput,
  DecisionDto,
  DecisionInput,
  DecreeDto,
  DirectoryEntry,
  EndMembershipInput,
  InviteesInput,
  MeetingDocumentDto,
  MeetingDto,
  MeetingSeriesDto,
  MeetingSummary,
  MembershipDto,
  MinutesInput,
  ReplaceAgendaInput,
  SetServicesInput,
  StructureDto,
  UpdateMeetingInput,
  UpdateMembershipInput,
  UploadMeetingDocumentInput,
} from "../../../shared/coordination.ts";
import { api } from "../../app/api-client.ts";
import { saveFile as saveBlobAs } from "../../ui/save-file.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * Query keys of the coordination area. Other features hang their own data on a meeting (the
 * follow-up items) under `meetingKeys.one(id)`, so saving the meeting refreshes them too.
 */
export const coordinationKey = ["coordination"] as const;
export const meetingKeys = {
  all: [...coordinationKey, "meetings"] as const,
  list: (when: string, filters: object) => [...coordinationKey, "meetings", "list", when, filters] as const,
  range: (from: string, to: string) => [...coordinationKey, "meetings", "range", from, to] as const,
  one: (id: string) => [...coordinationKey, "meetings", "one", id] as const,
};
const structureKey = [...coordinationKey, "structure"] as const;
const directoryKey = [...coordinationKey, "directory"] as const;

export type MeetingListFilters = { q: string; seriesId: string | null };

/** Upcoming (soonest first) or past (latest first) meetings, page by page. */
export function useMeetings(when: "upcoming" | "past", filters: MeetingListFilters) {
  return useInfiniteQuery({
    queryKey: meetingKeys.list(when, filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<MeetingSummary>>(
        "/meetings",
        { when, q: filters.q, seriesId: filters.seriesId, cursor: pageParam, limit: 20 },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Meetings starting within [from, to): one calendar month. */
export function useMeetingsInRange(from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.range(from, to),
    queryFn: ({ signal }) =>
      api.get<Page<MeetingSummary>>("/meetings", { when: "range", from, to, limit: 200 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.one(id),
    queryFn: ({ signal }) => api.get<MeetingDto>(`/meetings/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useMeetingSeries() {
  return useQuery({
    queryKey: [...coordinationKey, "series"],
    queryFn: ({ signal }) => api.get<{ items: MeetingSeriesDto[] }>("/meeting-series", undefined, signal),
    staleTime: 60_000,
  });
}

/** A change to one meeting: its page gets the answer at once, lists refresh behind it. */
function useMeetingMutation<I, R = MeetingDto>(id: string, send: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      if (result && typeof result === "object" && "agenda" in result)
        queryClient.setQueryData(meetingKeys.one(id), result);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) => api.post<MeetingDto>("/meetings", input),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.one(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: coordinationKey });
    },
  });
}

export const useUpdateMeeting = (id: string) =>
  useMeetingMutation(id, (input: UpdateMeetingInput) => api.patch<MeetingDto>(`/meetings/${id}`, input));
export const useCancelMeeting = (id: string) =>
  useMeetingMutation(id, (reason: string) => api.post<MeetingDto>(`/meetings/${id}/cancel`, { reason }));
export const useReplaceAgenda = (id: string) =>
  useMeetingMutation(id, (input: ReplaceAgendaInput) =>
    api.patch<MeetingDto>(`/meetings/${id}/agenda`, input),
  );
export const useSaveMinutes = (id: string) =>
  useMeetingMutation(id, (input: MinutesInput) => api.patch<MeetingDto>(`/meetings/${id}/minutes`, input));
export const useAddDecision = (id: string) =>
  useMeetingMutation(id, (input: DecisionInput) => api.post<DecisionDto>(`/meetings/${id}/decisions`, input));
export const useUpdateDecision = (id: string) =>
  useMeetingMutation(id, ({ decisionId, ...input }: DecisionInput & { decisionId: string }) =>
    api.patch<DecisionDto>(`/meetings/${id}/decisions/${decisionId}`, input),
  );
export const useRemoveDecision = (id: string) =>
  useMeetingMutation(id, (decisionId: string) => api.delete<void>(`/meetings/${id}/decisions/${decisionId}`));
export const useAddInvitees = (id: string) =>
  useMeetingMutation(id, (input: InviteesInput) =>
    api.post<MeetingDto>(`/meetings/${id}/invitations`, input),
  );
export const useSendInvitations = (id: string) =>
  useMeetingMutation(id, () =>
    api.post<{ queued: number; noAddress: number; mailConfigured: boolean }>(
      `/meetings/${id}/invitations/send`,
    ),
  );
export const useWithdrawInvitation = (id: string) =>
  useMeetingMutation(id, (invitationId: string) =>
    api.delete<void>(`/meetings/${id}/invitations/${invitationId}`),
  );
export const useResendInvitation = (id: string) =>
  useMeetingMutation(id, (invitationId: string) =>
    api.post<void>(`/meetings/${id}/invitations/${invitationId}/resend`),
  );
export const useCheckIn = (id: string) =>
  useMeetingMutation(id, (input: CheckInInput) =>
    api.post<AttendanceDto>(`/meetings/${id}/attendance`, input),
  );
export const useRemoveCheckIn = (id: string) =>
  useMeetingMutation(id, (attendanceId: string) =>
    api.delete<void>(`/meetings/${id}/attendance/${attendanceId}`),
  );
export const useUploadMeetingDocument = (id: string) =>
  useMeetingMutation(id, (input: UploadMeetingDocumentInput) =>
    api.post<MeetingDocumentDto>(`/meetings/${id}/documents`, input),
  );

/** Saves a file the API serves under the name it gives (a letter, an .ics, a document). */
export async function saveFile(path: string): Promise<void> {
  const { blob, fileName } = await api.file(path);
  saveBlobAs(blob, fileName ?? "berkas");
}

// ---- structure and directory ----

export function useStructure(on: string | null) {
  return useQuery({
    queryKey: [...structureKey, on],
    queryFn: ({ signal }) => api.get<StructureDto>("/coordination/structure", { on }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStructureHistory(enabled: boolean) {
  return useQuery({
    queryKey: [...structureKey, "history"],
    queryFn: ({ signal }) =>
      api.get<{ items: MembershipDto[] }>("/coordination/structure/history", undefined, signal),
    enabled,
  });
}

function useStructureMutation<I, R>(send: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: structureKey });
      void queryClient.invalidateQueries({ queryKey: directoryKey });
    },
  });
}

export const useCreateDecree = () =>
  useStructureMutation((input: CreateDecreeInput) => api.post<DecreeDto>("/coordination/decrees", input));
export const useAddMember = () =>
  useStructureMutation((input: CreateMembershipInput) =>
    api.post<MembershipDto>("/coordination/memberships", input),
  );
export const useUpdateMember = () =>
  useStructureMutation(({ id, ...input }: UpdateMembershipInput & { id: string }) =>
    api.patch<MembershipDto>(`/coordination/memberships/${id}`, input),
  );
export const useEndMember = () =>
  useStructureMutation(({ id, ...input }: EndMembershipInput & { id: string }) =>
    api.post<MembershipDto>(`/coordination/memberships/${id}/end`, input),
  );

export type DirectoryFilters = { q: string; service: string | null; workingGroupId: string | null };

export function useDirectory(filters: DirectoryFilters) {
  return useInfiniteQuery({
    queryKey: [...directoryKey, filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<DirectoryEntry> & { abilities: { manageServices: boolean } }>(
        "/directory",
        { ...filters, cursor: pageParam, limit: 30 },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/**
 * Which organisations offer which services, the whole directory at once (a task force has tens
 * of members, not thousands): the referral form ranks receivers by it.
 */
export function useServiceOffers(enabled: boolean) {
  return useQuery({
    queryKey: [...directoryKey, "offers"],
    queryFn: async ({ signal }) => {
      const offers = new Map<string, string[]>();
      let cursor: string | null = null;
      do {
        const page: Page<DirectoryEntry> = await api.get<Page<DirectoryEntry>>(
          "/directory",
          { cursor, limit: 200 },
          signal,
        );
        for (const entry of page.items)
          offers.set(
            entry.id,
            entry.services.map((s) => s.code),
          );
        cursor = page.nextCursor;
      } while (cursor);
      return offers;
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

export const useSetServices = () =>
  useStructureMutation(({ organizationId, ...input }: SetServicesInput & { organizationId: string }) =>
    api.patch<{ services: { code: string; note: string | null }[] }>(
      `/directory/${organizationId}/services`,
      input,
    ),
  );

export function useAttendanceRates(enabled: boolean) {
  return useQuery({
    queryKey: [...coordinationKey, "attendance-rates"],
    queryFn: ({ signal }) => api.get<AttendanceRatesDto>("/coordination/attendance-rates", undefined, signal),
    enabled,
  });
}

// ---- personal calendar feed ----

const feedKey = [...coordinationKey, "calendar-feed"] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: ({ signal }) => api.get<CalendarFeedDto>("/account/calendar-feed", undefined, signal),
  });
}

export function useIssueCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeedDto>("/account/calendar-feed"),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>("/account/calendar-feed"),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}
