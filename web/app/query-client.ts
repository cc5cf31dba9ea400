import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-client.ts";
import { meQueryKey } from "./query-keys.ts";

function retryable(failureCount: number, error: unknown): boolean {
  // A 4xx will answer the same again; a flaky mobile connection deserves a second try.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signOutWhenSessionEnded }),
    mutationCache: new MutationCache({ onError: signOutWhenSessionEnded }),
    defaultOptions: {
      queries: {
        retry: retryable,
        staleTime: 30_000,
        // Refetching on every tab switch costs data on metered phone connections.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });

  function signOutWhenSessionEnded(error: unknown): void {
    // An expired or revoked session: forget the user so the guard sends them to sign in.
    if (isApiError(error, "unauthenticated")) client.setQueryData(meQueryKey, null);
  }

  return client;
}
