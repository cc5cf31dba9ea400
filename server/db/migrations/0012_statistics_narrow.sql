ALTER TABLE "statistics_facts" ALTER COLUMN "victim_profiles" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "statistics_facts" ALTER COLUMN "victim_profiles" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "statistics_facts_imported_idx" ON "statistics_facts" USING btree ("task_force_id","import_format") WHERE "statistics_facts"."import_format" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "statistics_facts" DROP COLUMN "refreshed_at";