import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  CreateOrganizationInput,
  OrganizationDto,
  UpdateOrganizationInput,
} from "../../../shared/organizations.ts";
import { api } from "../../app/api-client.ts";

export type OrganizationFilters = { q: string; typeCode: string | null; active: "true" | "false" | null };
type Page = { items: OrganizationDto[]; nextCursor: string | null };

const organizationsKey = ["organizations"] as const;

export function useOrganizationList(filters: OrganizationFilters) {
  return useInfiniteQuery({
    queryKey: [...organizationsKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page>(
        "/organizations",
        { q: filters.q, typeCode: filters.typeCode, active: filters.active, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keeps the table on screen while a new filter loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/**
 * Organisations to pick from in a form or filter. A task force has a few dozen member
 * agencies, so one page of 200 covers it; the list says so if it ever does not.
 */
export function useOrganizationOptions(enabled = true) {
  return useQuery({
    queryKey: [...organizationsKey, "options"],
    queryFn: ({ signal }) => api.get<Page>("/organizations", { limit: 200 }, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useOrganization(id: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: [...organizationsKey, "one", id],
    queryFn: ({ signal }) => api.get<OrganizationDto>(`/organizations/${id}`, undefined, signal),
    enabled: Boolean(id) && enabled,
  });
}

export function useSaveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id: string | null;
      input: CreateOrganizationInput | UpdateOrganizationInput;
    }) =>
      id
        ? api.patch<OrganizationDto>(`/organizations/${id}`, input)
        : api.post<OrganizationDto>("/organizations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationsKey }),
  });
}

export function useSetOrganizationActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<OrganizationDto>(`/organizations/${id}/${active ? "activate" : "deactivate"}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationsKey }),
  });
}
