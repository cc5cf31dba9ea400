import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ClosureReasonInput,
  ClosureRequestInput,
  ClosureRequirement,
} from "../../../shared/case-closure.ts";
import type { NoteInput } from "../../../shared/case-documents.ts";
import type {
  CaseDto,
  CaseListItem,
  OpenCaseInput,
  timelineEventSchema,
  UpdateCaseInput,
} from "../../../shared/cases.ts";
import { api } from "../../app/api-client.ts";

export type TimelineEventDto = z.infer<typeof timelineEventSchema>;

/** The list's filters as the URL keeps them: every value a string, empty meaning "any". */
export type CaseListFilters = {
  q: string;
  status: string | null;
  legalStage: string | null;
  exploitationForm: string | null;
  regionCode: string | null;
  year: string | null;
  overdue: boolean;
  closureRequested: boolean;
};

type Page<T> = { items: T[]; nextCursor: string | null };

/** Every case query starts with this key, so one invalidation refreshes a case and its tabs. */
export const casesKey = ["cases"] as const;
export const caseKey = (caseId: string) => [...casesKey, "one", caseId] as const;

export function useCaseList(filters: CaseListFilters) {
  return useInfiniteQuery({
    queryKey: [...casesKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<CaseListItem>>(
        "/cases",
        {
          q: filters.q,
          status: filters.status,
          legalStage: filters.legalStage,
          exploitationForm: filters.exploitationForm,
          regionCode: filters.regionCode,
          year: filters.year,
          overdue: filters.overdue ? "true" : null,
          closureRequested: filters.closureRequested ? "true" : null,
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

export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: ({ signal }) => api.get<CaseDto>(`/cases/${caseId}`, undefined, signal),
  });
}

/** After any change to a case: its header, its tabs and the list may all read differently. */
export function useInvalidateCases() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: casesKey });
}

export function useOpenCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: OpenCaseInput) => api.post<CaseDto>("/cases", input),
    onSuccess: invalidate,
  });
}

export function useUpdateCase(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: UpdateCaseInput) => api.patch<CaseDto>(`/cases/${caseId}`, input),
    onSuccess: invalidate,
  });
}

export function useTimeline(caseId: string) {
  return useInfiniteQuery({
    queryKey: [...caseKey(caseId), "timeline"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TimelineEventDto>>(`/cases/${caseId}/timeline`, { cursor: pageParam, limit: 50 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useAddNote(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: NoteInput) => api.post<TimelineEventDto>(`/cases/${caseId}/notes`, input),
    onSuccess: invalidate,
  });
}

export function useClosureRequirements(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKey(caseId), "closure-checklist"],
    queryFn: ({ signal }) =>
      api.get<{ items: ClosureRequirement[] }>(`/cases/${caseId}/closure-checklist`, undefined, signal),
    enabled,
  });
}

export type ClosureAction =
  | { action: "request"; input: ClosureRequestInput }
  | { action: "approve" }
  | { action: "reject"; input: ClosureReasonInput }
  | { action: "reopen"; input: ClosureReasonInput };

const closurePaths = {
  request: "closure-request",
  approve: "closure-approve",
  reject: "closure-reject",
  reopen: "reopen",
} as const;

export function useClosureAction(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (change: ClosureAction) =>
      api.post<CaseDto>(
        `/cases/${caseId}/${closurePaths[change.action]}`,
        "input" in change ? change.input : {},
      ),
    onSuccess: invalidate,
  });
}

type UserOption = { id: string; name: string; role: string; organizationName: string };

/** Who may manage a case: active case managers and coordinators (needs the user list permission). */
export function useCaseManagerOptions(enabled: boolean) {
  return useQuery({
    queryKey: ["users", "case-manager-options"],
    queryFn: async ({ signal }) => {
      const [managers, coordinators] = await Promise.all(
        ["case_manager", "coordinator"].map((role) =>
          api.get<Page<UserOption>>("/users", { role, active: "true", limit: 200 }, signal),
        ),
      );
      return [...(managers?.items ?? []), ...(coordinators?.items ?? [])];
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}
