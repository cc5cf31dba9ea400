import { useMe } from "../../app/session-context.tsx";
import { useTaskForces } from "../vocabularies/reference-api.ts";

/** Used until the task force loads, or if it cannot be read: the product was built for Jakarta Pusat. */
const fallbackRegion = "31.71";

/** The task force's own region (its city): the root of the region pickers of a case. */
export function useHomeRegion(): string {
  const { user } = useMe();
  const taskForces = useTaskForces();
  return taskForces.data?.items.find((item) => item.id === user.taskForceId)?.regionCode ?? fallbackRegion;
}
