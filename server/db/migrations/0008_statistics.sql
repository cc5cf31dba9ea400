CREATE TABLE "statistics_facts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"task_force_id" uuid NOT NULL,
	"is_victim" boolean NOT NULL,
	"is_case_row" boolean NOT NULL,
	"identified_on" date NOT NULL,
	"year_only" boolean DEFAULT false NOT NULL,
	"year" integer NOT NULL,
	"identified_region_code" text,
	"sex" text,
	"age_group" text,
	"child_status" text,
	"nationality" text,
	"origin_region" text,
	"legal_stage" text,
	"exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"destination_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"victim_profiles" text[] DEFAULT '{}'::text[] NOT NULL,
	"import_format" text,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_stale_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "import_errors_import_row_idx";--> statement-breakpoint
ALTER TABLE "import_errors" ADD COLUMN "position" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "statistics_facts" ADD CONSTRAINT "statistics_facts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_stale_cases" ADD CONSTRAINT "statistics_stale_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistics_facts_task_force_year_idx" ON "statistics_facts" USING btree ("task_force_id","year");--> statement-breakpoint
CREATE INDEX "statistics_facts_case_idx" ON "statistics_facts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "import_errors_import_position_idx" ON "import_errors" USING btree ("import_id","position");