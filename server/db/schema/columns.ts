import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Timestamps are always timestamptz, read as Date; gen_random_uuid() keeps to PostgreSQL 15. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const createdAt = () => ts("created_at").notNull().defaultNow();
export const updatedAt = () => ts("updated_at").notNull().defaultNow();
export const uuidPk = () => uuid("id").primaryKey().defaultRandom();
