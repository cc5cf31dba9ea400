import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEventDto, ListAuditQuery } from "../../../shared/audit.ts";
import { api } from "../../app/api-client.ts";

export type AuditFilters = Omit<ListAuditQuery, "cursor" | "limit">;
type Page = { items: AuditEventDto[]; nextCursor: string | null };

export function useAuditList(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page>("/audit", { ...filters, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
