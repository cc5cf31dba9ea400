import { organizations, taskForces } from "../db/schema/index.ts";
import { FACTORY_PASSWORD } from "./factories.ts";
import type { Client, TestApp } from "./test-app.ts";

/**
 * A second task force in the same province with its secretariat, and its coordinator signed in:
 * whatever the first task force holds must be out of this client's reach (404, empty lists).
 */
export async function otherTaskForceCoordinator(
  t: TestApp,
  code: string,
): Promise<{ client: Client; taskForceId: string; organizationId: string }> {
  const [other] = await t.ctx.db
    .insert(taskForces)
    .values({ code, name: "Gugus tugas lain", regionCode: "31" })
    .returning();
  const [org] = await t.ctx.db
    .insert(organizations)
    .values({
      taskForceId: other!.id,
      name: "Sekretariat lain",
      typeCode: "government_agency",
      regionCode: "31",
    })
    .returning();
  const user = await t.factories.user({ role: "coordinator", organizationId: org!.id });
  return {
    client: await t.signIn(user.email, FACTORY_PASSWORD),
    taskForceId: other!.id,
    organizationId: org!.id,
  };
}
