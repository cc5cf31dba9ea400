import { useQuery } from "@tanstack/react-query";
import type { UserDto } from "../../../shared/users.ts";
import { api } from "../../app/api-client.ts";
import { useCan } from "../../app/session-context.tsx";

/**
 * The active accounts of an organisation, offered as the person responsible. Only callers who
 * may list users get suggestions; anyone else types the name.
 */
export function useOwnerCandidates(organizationId: string | null) {
  const canList = useCan("user.read");
  return useQuery({
    queryKey: ["users", "owner-candidates", organizationId],
    queryFn: ({ signal }) =>
      api.get<{ items: UserDto[] }>("/users", { organizationId, active: "true", limit: 100 }, signal),
    enabled: canList && Boolean(organizationId),
    staleTime: 5 * 60_000,
  });
}
