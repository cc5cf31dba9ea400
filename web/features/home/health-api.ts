import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api-client.ts";

export type Health = { status: string; database: "embedded" | "postgres" | string; version: string };

export function useHealth() {
  return useQuery({
    queryKey: ["health"],
    queryFn: ({ signal }) => api.get<Health>("/health", undefined, signal),
    staleTime: 60_000,
  });
}
