import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  CreateSchoolInput,
  PopulationDto,
  PopulationInput,
  SchoolDto,
  SchoolLevel,
  UpdateSchoolInput,
} from "../../../shared/schools.ts";
import { api } from "../../app/api-client.ts";
import { preventionKey } from "./prevention-api.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

const schoolsKey = [...preventionKey, "schools"] as const;

export type SchoolFilters = { q: string; regionCode: string | null; level: SchoolLevel | null };

export function useSchools(filters: SchoolFilters, limit = 50) {
  return useInfiniteQuery({
    queryKey: [...schoolsKey, filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<SchoolDto>>(
        "/prevention/schools",
        { q: filters.q, regionCode: filters.regionCode, level: filters.level, cursor: pageParam, limit },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Schools of one kelurahan, for the activity form's school picker. */
export function useSchoolsIn(regionCode: string | null) {
  return useQuery({
    queryKey: [...schoolsKey, "in", regionCode],
    queryFn: ({ signal }) =>
      api.get<Page<SchoolDto>>("/prevention/schools", { regionCode, active: "true", limit: 200 }, signal),
    enabled: Boolean(regionCode),
  });
}

export function useSchool(id: string | null) {
  return useQuery({
    queryKey: [...schoolsKey, "one", id],
    queryFn: ({ signal }) => api.get<SchoolDto>(`/prevention/schools/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useSaveSchool(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSchoolInput | UpdateSchoolInput) =>
      id
        ? api.patch<SchoolDto>(`/prevention/schools/${id}`, input)
        : api.post<SchoolDto>("/prevention/schools", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: preventionKey }),
  });
}

export function usePopulations(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...preventionKey, "populations", year],
    queryFn: ({ signal }) => api.get<PopulationDto>("/prevention/populations", { year }, signal),
    enabled,
  });
}

export function useSavePopulations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PopulationInput) => api.post<PopulationDto>("/prevention/populations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: preventionKey }),
  });
}
