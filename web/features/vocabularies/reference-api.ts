import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { taskForceSchema, workingGroupSchema } from "../../../shared/reference.ts";
import { api } from "../../app/api-client.ts";

export type TaskForceDto = z.infer<typeof taskForceSchema>;
export type WorkingGroupDto = z.infer<typeof workingGroupSchema>;

// Reference data changes rarely (an admin edits it a few times a year): cache it for the visit.
const referenceStaleTime = 30 * 60_000;

export function useTaskForces(enabled = true) {
  return useQuery({
    queryKey: ["task-forces"],
    queryFn: ({ signal }) => api.get<{ items: TaskForceDto[] }>("/task-forces", undefined, signal),
    staleTime: referenceStaleTime,
    enabled,
  });
}

export function useWorkingGroups(enabled = true) {
  return useQuery({
    queryKey: ["working-groups"],
    queryFn: ({ signal }) => api.get<{ items: WorkingGroupDto[] }>("/working-groups", undefined, signal),
    staleTime: referenceStaleTime,
    enabled,
  });
}
