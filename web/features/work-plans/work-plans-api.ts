import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ActualInput,
  CreateWorkPlanInput,
  IndicatorInput,
  ProgrammeInput,
  UpdateIndicatorInput,
  UpdateProgrammeInput,
  UpdateWorkPlanInput,
  WorkPlanDto,
  WorkPlanListDto,
} from "../../../shared/work-plans.ts";
import { api, isApiError } from "../../app/api-client.ts";

const workPlansKey = ["work-plans"] as const;

export function useWorkPlans() {
  return useQuery({
    queryKey: [...workPlansKey, "list"],
    queryFn: ({ signal }) => api.get<WorkPlanListDto>("/work-plans", undefined, signal),
  });
}

/** A year's plan; a year without one answers null (not an error: the page offers to start it). */
export function useWorkPlan(year: number | null) {
  return useQuery({
    queryKey: [...workPlansKey, "one", year],
    queryFn: async ({ signal }) => {
      try {
        return await api.get<WorkPlanDto>(`/work-plans/${year}`, undefined, signal);
      } catch (error) {
        if (isApiError(error, "not_found")) return null;
        throw error;
      }
    },
    enabled: year !== null,
    placeholderData: keepPreviousData,
  });
}

/** Every change answers the whole plan: it replaces the cached one, and the year list reads again. */
function usePlanMutation<I>(year: number, run: (input: I) => Promise<WorkPlanDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (plan) => {
      queryClient.setQueryData([...workPlansKey, "one", year], plan);
      await queryClient.invalidateQueries({ queryKey: [...workPlansKey, "list"] });
    },
  });
}

export function useCreateWorkPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkPlanInput) => api.post<WorkPlanDto>("/work-plans", input),
    onSuccess: async (plan) => {
      queryClient.setQueryData([...workPlansKey, "one", plan.year], plan);
      await queryClient.invalidateQueries({ queryKey: [...workPlansKey, "list"] });
    },
  });
}

export const useUpdateWorkPlan = (year: number) =>
  usePlanMutation(year, (input: UpdateWorkPlanInput) => api.patch<WorkPlanDto>(`/work-plans/${year}`, input));

export const useSaveProgramme = (year: number) =>
  usePlanMutation(
    year,
    ({ id, input }: { id: string | null; input: ProgrammeInput | UpdateProgrammeInput }) =>
      id
        ? api.patch<WorkPlanDto>(`/work-plans/${year}/programmes/${id}`, input)
        : api.post<WorkPlanDto>(`/work-plans/${year}/programmes`, input),
  );

export const useRemoveProgramme = (year: number) =>
  usePlanMutation(year, (id: string) => api.delete<WorkPlanDto>(`/work-plans/${year}/programmes/${id}`));

export const useSaveIndicator = (year: number) =>
  usePlanMutation(
    year,
    ({ id, input }: { id: string | null; input: IndicatorInput | UpdateIndicatorInput }) =>
      id
        ? api.patch<WorkPlanDto>(`/work-plans/${year}/indicators/${id}`, input)
        : api.post<WorkPlanDto>(`/work-plans/${year}/indicators`, input),
  );

export const useRemoveIndicator = (year: number) =>
  usePlanMutation(year, (id: string) => api.delete<WorkPlanDto>(`/work-plans/${year}/indicators/${id}`));

export const useRecordActual = (year: number) =>
  usePlanMutation(year, ({ indicatorId, input }: { indicatorId: string; input: ActualInput }) =>
    api.post<WorkPlanDto>(`/work-plans/${year}/indicators/${indicatorId}/actuals`, input),
  );

export const useRemoveActual = (year: number) =>
  usePlanMutation(year, ({ indicatorId, actualId }: { indicatorId: string; actualId: string }) =>
    api.delete<WorkPlanDto>(`/work-plans/${year}/indicators/${indicatorId}/actuals/${actualId}`),
  );
