import { useQuery } from "@tanstack/react-query";
import type { MeResponse } from "../../shared/auth.ts";
import { api, isApiError } from "./api-client.ts";
import { meQueryKey } from "./query-keys.ts";

/** Who is signed in: the MeResponse, or null when nobody is. */
export function useSessionQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }): Promise<MeResponse | null> => {
      try {
        return await api.get<MeResponse>("/auth/me", undefined, signal);
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}
