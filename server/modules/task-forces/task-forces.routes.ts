import { z } from "zod";
import { taskForceSchema, workingGroupSchema } from "../../../shared/reference.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { listTaskForces, listWorkingGroups } from "./task-forces.service.ts";

const tags = ["reference"];

export const taskForcesRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/task-forces",
    {
      config: { access: "reference.read" },
      schema: {
        tags,
        summary: "Task forces of this deployment",
        response: { 200: z.object({ items: z.array(taskForceSchema) }) },
      },
    },
    async () => listTaskForces(ctx),
  );

  app.get(
    "/api/working-groups",
    {
      config: { access: "reference.read" },
      schema: {
        tags,
        summary: "The six working groups (sub gugus tugas) of the caller's task force",
        response: { 200: z.object({ items: z.array(workingGroupSchema) }) },
      },
    },
    async (request) => listWorkingGroups(ctx, actorOf(request)),
  );
};
