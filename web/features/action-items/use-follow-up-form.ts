import { useCoordinationForm } from "../coordination/use-coordination-form.ts";

// The shared schemas name their rules ("action_item.owner_either"); the forms word them from
// followUp.rules, the same way the coordination forms do.
const rules = { pattern: /^(action_item|work_plan|field)\./, catalogue: "followUp.rules" };

/** Form errors for the action-item and work-plan forms: by whole path, worded from followUp.rules. */
export function useFollowUpForm() {
  return useCoordinationForm(rules);
}
