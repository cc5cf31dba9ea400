import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { RegionDto, RegionLevel } from "../../../shared/reference.ts";
import { api } from "../../app/api-client.ts";

type Page = { items: RegionDto[]; nextCursor: string | null };
export type RegionFilters = { parentCode: string | null; level: RegionLevel | null; q: string };

// The region list changes only when an operator loads a new national list.
const regionStaleTime = 60 * 60_000;

export function useRegionList(filters: RegionFilters) {
  return useInfiniteQuery({
    queryKey: ["regions", "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page>(
        "/regions",
        { parentCode: filters.parentCode, level: filters.level, q: filters.q, cursor: pageParam, limit: 100 },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    staleTime: regionStaleTime,
  });
}

/** The direct children of a region in one request: a city's kecamatan, a kecamatan's kelurahan. */
export function useRegionChildren(parentCode: string | null) {
  return useQuery({
    queryKey: ["regions", "children", parentCode],
    queryFn: ({ signal }) => api.get<Page>("/regions", { parentCode, limit: 200 }, signal),
    enabled: parentCode !== null,
    staleTime: regionStaleTime,
  });
}

export function useRegion(code: string | null) {
  return useQuery({
    queryKey: ["regions", "one", code],
    queryFn: ({ signal }) => api.get<RegionDto>(`/regions/${code}`, undefined, signal),
    enabled: code !== null,
    staleTime: regionStaleTime,
  });
}

/** "31.71.01.1001" → ["31", "31.71", "31.71.01", "31.71.01.1001"]: Kemendagri codes nest by prefix. */
export function regionAncestry(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, index) => parts.slice(0, index + 1).join("."));
}
