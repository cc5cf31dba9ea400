import { matchQuery, type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginInput, MeResponse } from "../../../shared/auth.ts";
import { api, isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { meQueryKey } from "../../app/query-keys.ts";
import { i18n, storedLanguage } from "../../i18n/i18n.ts";

export type SetupInput = { token: string; name: string; email: string; password: string };

/**
 * Puts the new session in the cache and drops everything cached for the previous user (and the
 * login mutation, which holds the password). The session query itself stays, only its data
 * changes, so the guards observing it react.
 */
function replaceSession(queryClient: QueryClient, me: MeResponse): void {
  queryClient.setQueryData(meQueryKey, me);
  queryClient.removeQueries({
    predicate: (query) => !matchQuery({ queryKey: meQueryKey, exact: true }, query),
  });
  queryClient.getMutationCache().clear();
}

/** Puts a freshly signed-in user in the cache. */
export function useAcceptSession() {
  const queryClient = useQueryClient();
  return (me: MeResponse) => {
    replaceSession(queryClient, me);
    // A language chosen on this device wins; otherwise the profile's preference applies.
    if (!storedLanguage() && i18n.language !== me.user.locale) void i18n.changeLanguage(me.user.locale);
  };
}

export function useLogin() {
  const accept = useAcceptSession();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<MeResponse>("/auth/login", input),
    onSuccess: accept,
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<unknown>("/auth/logout", {});
      } catch (error) {
        // Already signed out (expired or revoked elsewhere): the goal is reached all the same.
        if (!isApiError(error, "unauthenticated")) throw error;
      }
    },
    onSuccess: () => {
      // A full page load, not a client-side route change: nothing of the previous user stays in
      // memory on a shared office computer, and the next person starts from a clean sign-in page.
      window.location.assign(paths.signIn);
    },
  });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ["setup"],
    queryFn: ({ signal }) => api.get<{ needsSetup: boolean; demo: boolean }>("/setup", undefined, signal),
    staleTime: 60_000,
  });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<unknown>("/setup", input),
    onSuccess: async () => {
      queryClient.setQueryData(["setup"], (old: { demo?: boolean } | undefined) => ({
        needsSetup: false,
        demo: old?.demo ?? false,
      }));
      // The server may or may not sign the new admin in; asking again settles it.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
