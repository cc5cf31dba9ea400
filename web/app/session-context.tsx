import { createContext, type ReactNode, useContext } from "react";
import type { MeResponse } from "../../shared/auth.ts";
import type { Permission } from "../../shared/permissions.ts";

const SessionContext = createContext<MeResponse | null>(null);

export function SessionProvider({ me, children }: { me: MeResponse; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The signed-in user; only usable below the session guard, which guarantees one. */
export function useMe(): MeResponse {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useMe() used outside the signed-in area");
  return me;
}

export function useCan(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}
