import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiTokenDto, MeResponse } from "../../../shared/auth.ts";
import { api } from "../../app/api-client.ts";
import { meQueryKey } from "../../app/query-keys.ts";

export type TotpSetup = { secret: string; otpauthUrl: string; qrSvg: string };
export type CreatedApiToken = ApiTokenDto & { token: string };

const tokensKey = ["auth", "tokens"] as const;

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<MeResponse>("/auth/password", input),
    // Every session was revoked and this one replaced; the answer describes the new one.
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

export function useStartTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetup>("/auth/2fa/setup", {}) });
}

export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<{ recoveryCodes: string[] }>("/auth/2fa/enable", { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post<unknown>("/auth/2fa/disable", { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => api.get<{ items: ApiTokenDto[] }>("/auth/tokens", undefined, signal),
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresInDays?: number }) =>
      api.post<CreatedApiToken>("/auth/tokens", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/auth/tokens/${id}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
