import { boolean, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt, uuidPk } from "./columns.ts";
import { regions, taskForces, workingGroups } from "./reference.ts";

export const organizations = pgTable(
  "organizations",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    name: text("name").notNull(),
    shortName: text("short_name"),
    typeCode: text("type_code").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("organizations_task_force_name_idx").on(t.taskForceId, t.name, t.id),
    index("organizations_region_code_idx").on(t.regionCode),
  ],
);

export const organizationWorkingGroups = pgTable(
  "organization_working_groups",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    workingGroupId: uuid("working_group_id")
      .notNull()
      .references(() => workingGroups.id),
  },
  (t) => [
    primaryKey({ name: "organization_working_groups_pkey", columns: [t.organizationId, t.workingGroupId] }),
    index("organization_working_groups_group_idx").on(t.workingGroupId),
  ],
);
