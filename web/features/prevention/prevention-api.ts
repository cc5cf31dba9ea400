import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  ActivityDto,
  ActivityFileDto,
  ActivityStatus,
  ActivitySummary,
  AttendeeDto,
  AttendeeImportInput,
  AttendeeImportResult,
  AttendeeInput,
  AttendeeList,
  CreateActivityInput,
  UpdateActivityInput,
  UploadActivityFileInput,
} from "../../../shared/prevention.ts";
import type { AreaDto, CoverageDto, SchoolCoverageDto } from "../../../shared/prevention-coverage.ts";
import { api } from "../../app/api-client.ts";
import { saveFile } from "../../ui/save-file.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

export const preventionKey = ["prevention"] as const;
export const activityKey = (id: string) => [...preventionKey, "activity", id] as const;

export type ActivityFilters = {
  year: number | null;
  typeCode: string | null;
  status: ActivityStatus | null;
  regionCode: string | null;
  organizerOrganizationId: string | null;
  schoolId: string | null;
};

export function useActivities(filters: ActivityFilters) {
  return useInfiniteQuery({
    queryKey: [...preventionKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ActivitySummary>>(
        "/prevention/activities",
        { ...filters, cursor: pageParam, limit: 30 },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: activityKey(id),
    queryFn: ({ signal }) => api.get<ActivityDto>(`/prevention/activities/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** After any change: lists, the activity itself and coverage may all have moved. */
function useInvalidatePrevention() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: preventionKey });
}

export function useCreateActivity() {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (input: CreateActivityInput) => api.post<ActivityDto>("/prevention/activities", input),
    onSuccess: invalidate,
  });
}

export function useUpdateActivity(id: string) {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (input: UpdateActivityInput) => api.patch<ActivityDto>(`/prevention/activities/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useAttendees(activityId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...activityKey(activityId), "attendees"],
    queryFn: ({ signal }) =>
      api.get<AttendeeList>(`/prevention/activities/${activityId}/attendees`, undefined, signal),
    enabled,
  });
}

export function useAddAttendee(activityId: string) {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (input: AttendeeInput) =>
      api.post<AttendeeDto>(`/prevention/activities/${activityId}/attendees`, input),
    onSuccess: invalidate,
  });
}

export function useRemoveAttendee(activityId: string) {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (attendeeId: string) =>
      api.delete<ActivityDto>(`/prevention/activities/${activityId}/attendees/${attendeeId}`),
    onSuccess: invalidate,
  });
}

export function useImportAttendees(activityId: string) {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (input: AttendeeImportInput) =>
      api.post<AttendeeImportResult>(`/prevention/activities/${activityId}/attendees/import`, input),
    onSuccess: (result) => (result.committed ? invalidate() : undefined),
  });
}

export function useActivityFiles(activityId: string) {
  return useQuery({
    queryKey: [...activityKey(activityId), "files"],
    queryFn: ({ signal }) =>
      api.get<{ items: ActivityFileDto[] }>(`/prevention/activities/${activityId}/files`, undefined, signal),
  });
}

export function useUploadActivityFile(activityId: string) {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (input: UploadActivityFileInput) =>
      api.post<ActivityFileDto>(`/prevention/activities/${activityId}/files`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteActivityFile(activityId: string) {
  const invalidate = useInvalidatePrevention();
  return useMutation({
    mutationFn: (fileId: string) => api.delete<null>(`/prevention/activities/${activityId}/files/${fileId}`),
    onSuccess: invalidate,
  });
}

/** Hands bytes from the API to the browser as a download (the server audits each file read). */
export async function saveBlob(path: string, fileName: string): Promise<void> {
  saveFile(await api.blob(path), fileName);
}

export function useCoverage(year: number) {
  return useQuery({
    queryKey: [...preventionKey, "coverage", year],
    queryFn: ({ signal }) => api.get<CoverageDto>("/prevention/coverage", { year }, signal),
    placeholderData: keepPreviousData,
  });
}

const SCHOOL_PAGE = 20;

/** Schools with their reach, a page at a time (a city has hundreds), with the total. */
export function useSchoolCoverage(year: number, regionCode: string | null, gapsOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...preventionKey, "coverage", year, "schools", regionCode, gapsOnly],
    queryFn: ({ pageParam, signal }) =>
      api.get<SchoolCoverageDto>(
        "/prevention/coverage/schools",
        { year, regionCode, gapsOnly: gapsOnly ? "true" : undefined, offset: pageParam, limit: SCHOOL_PAGE },
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

/** The area's kecamatan and kelurahan; they change only when the region list does. */
export function useArea() {
  return useQuery({
    queryKey: [...preventionKey, "area"],
    queryFn: ({ signal }) => api.get<AreaDto>("/prevention/area", undefined, signal),
    staleTime: 60 * 60_000,
  });
}

/** The kelurahan as choices, grouped under their kecamatan. */
export function kelurahanOptions(area: AreaDto | undefined) {
  if (!area) return [];
  return area.kecamatan.map((k) => ({
    group: k.name,
    items: area.kelurahan
      .filter((l) => l.kecamatanCode === k.code)
      .map((l) => ({ value: l.code, label: l.name })),
  }));
}
