import type { OrganizationDto } from "../../../shared/organizations.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { organizationPolicy } from "./organizations.policy.ts";
import type { OrganizationRow } from "./organizations.repository.ts";

export function presentOrganization(actor: UserActor, row: OrganizationRow): OrganizationDto {
  const { read: _read, ...abilities } = abilitiesOf(actor, organizationPolicy, row);
  return { ...row, abilities };
}
