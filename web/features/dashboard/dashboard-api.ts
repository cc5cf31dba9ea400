import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import type { StatisticsResult, StatisticsUnit } from "../../../shared/statistics.ts";
import { api } from "../../app/api-client.ts";
import { type DashboardBounds as Bounds, yearEarlier } from "./dashboard-period.ts";

export const dashboardKey = ["dashboard"] as const;

/** Every figure of the page in one request: a phone on a slow link asks once per filter change. */
export function useDashboard(query: Bounds | null) {
  return useQuery({
    queryKey: [...dashboardKey, query],
    queryFn: ({ signal }) => api.get<DashboardDto>("/dashboard", query ?? {}, signal),
    enabled: query !== null,
    // The previous figures stay on screen (dimmed) while the next period loads.
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/**
 * Victims and cases of the same days one year earlier, from the statistics engine the dashboard
 * counts with: the headline compares like with like even for a semester or a range of days.
 */
export function usePreviousTotals(query: Bounds | null) {
  const previous = query
    ? { from: yearEarlier(query.from), to: yearEarlier(query.to), region: query.region }
    : null;
  const units: StatisticsUnit[] = ["victims", "cases"];
  const [victims, cases] = useQueries({
    queries: units.map((unit) => ({
      queryKey: ["statistics", unit, "total", previous],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<StatisticsResult>(`/statistics/${unit}`, previous ?? {}, signal),
      enabled: previous !== null,
      staleTime: 5 * 60_000,
    })),
  });
  return {
    victims: victims?.data?.total ?? null,
    cases: cases?.data?.total ?? null,
  };
}
