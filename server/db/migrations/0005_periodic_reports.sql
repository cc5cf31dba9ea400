CREATE TABLE "periodic_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"semester" integer,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"region_code" text,
	"title" text NOT NULL,
	"status" text DEFAULT 'building' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"progress_step" text,
	"error_key" text,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"narrative_drafts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"figures" jsonb,
	"comparison" jsonb,
	"cutoff" timestamp with time zone,
	"signatory" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finalised_by_id" uuid,
	"finalised_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_finalised_by_id_users_id_fk" FOREIGN KEY ("finalised_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "periodic_reports_task_force_created_idx" ON "periodic_reports" USING btree ("task_force_id","created_at","id");--> statement-breakpoint
CREATE INDEX "periodic_reports_status_idx" ON "periodic_reports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "periodic_reports_region_idx" ON "periodic_reports" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "periodic_reports_created_by_idx" ON "periodic_reports" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "periodic_reports_updated_by_idx" ON "periodic_reports" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "periodic_reports_finalised_by_idx" ON "periodic_reports" USING btree ("finalised_by_id");