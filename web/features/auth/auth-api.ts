import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginInput, MeResponse } from "../../../shared/auth.ts";
import { api } from "../../app/api-client.ts";
import { meQueryKey } from "../../app/query-keys.ts";
import { i18n, storedLanguage } from "../../i18n/i18n.ts";

export type SetupInput = { token: string; name: string; email: string; password: string };

/** Puts a freshly signed-in user in the cache, dropping anything cached for the previous one. */
export function useAcceptSession() {
  const queryClient = useQueryClient();
  return (me: MeResponse) => {
    queryClient.clear();
    queryClient.setQueryData(meQueryKey, me);
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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>("/auth/logout", {}),
    onSettled: () => {
      // Nothing of the previous user may linger on a shared office computer.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ["setup"],
    queryFn: ({ signal }) => api.get<{ needsSetup: boolean }>("/setup", undefined, signal),
    staleTime: 60_000,
  });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<unknown>("/setup", input),
    onSuccess: async () => {
      queryClient.setQueryData(["setup"], { needsSetup: false });
      // The server may or may not sign the new admin in; asking again settles it.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
