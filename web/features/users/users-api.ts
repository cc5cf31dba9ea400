import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { Role } from "../../../shared/roles.ts";
import type { CreateUserInput, UpdateUserInput, UserDto } from "../../../shared/users.ts";
import { api } from "../../app/api-client.ts";

export type UserFilters = {
  q: string;
  role: Role | null;
  organizationId: string | null;
  active: "true" | "false" | null;
};
export type UserAction = "deactivate" | "activate" | "unlock";
type Page = { items: UserDto[]; nextCursor: string | null };

const usersKey = ["users"] as const;

export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: [...usersKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page>(
        "/users",
        {
          q: filters.q,
          role: filters.role,
          organizationId: filters.organizationId,
          active: filters.active,
          cursor: pageParam,
          limit: 50,
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Users to pick from in a filter (the audit screen); one page of 200 is plenty for a task force. */
export function useUserOptions(enabled = true) {
  return useQuery({
    queryKey: [...usersKey, "options"],
    queryFn: ({ signal }) => api.get<Page>("/users", { limit: 200 }, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useSaveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CreateUserInput | UpdateUserInput }) =>
      id ? api.patch<UserDto>(`/users/${id}`, input) : api.post<UserDto>("/users", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) =>
      api.post<UserDto>(`/users/${id}/${action}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api.post<unknown>(`/users/${id}/reset-password`, { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Whether the account is locked right now after too many failed sign-ins. */
export function isLocked(user: UserDto, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}
