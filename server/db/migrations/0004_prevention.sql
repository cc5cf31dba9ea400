CREATE TABLE "activity_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"name_enc" text NOT NULL,
	"phone_enc" text,
	"person_key" text NOT NULL,
	"affiliation" text,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name_enc" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_partners" (
	"activity_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "activity_partners_pkey" PRIMARY KEY("activity_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "prevention_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place_kind" text NOT NULL,
	"region_code" text,
	"school_id" uuid,
	"place_detail" text,
	"target_group_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"organizer_organization_id" uuid NOT NULL,
	"working_group_id" uuid,
	"notes" text,
	"female_children" integer,
	"female_adults" integer,
	"female_older" integer,
	"male_children" integer,
	"male_adults" integer,
	"male_older" integer,
	"attendee_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_populations" (
	"task_force_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_populations_pkey" PRIMARY KEY("task_force_id","region_code","year")
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"ownership" text NOT NULL,
	"npsn" text,
	"region_code" text NOT NULL,
	"address" text,
	"organization_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_npsn_key" UNIQUE("task_force_id","npsn")
);
--> statement-breakpoint
ALTER TABLE "activity_attendees" ADD CONSTRAINT "activity_attendees_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attendees" ADD CONSTRAINT "activity_attendees_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_files" ADD CONSTRAINT "activity_files_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_files" ADD CONSTRAINT "activity_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_organizer_organization_id_organizations_id_fk" FOREIGN KEY ("organizer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_populations" ADD CONSTRAINT "region_populations_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_populations" ADD CONSTRAINT "region_populations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_populations" ADD CONSTRAINT "region_populations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_attendees_activity_idx" ON "activity_attendees" USING btree ("activity_id","created_at");--> statement-breakpoint
CREATE INDEX "activity_attendees_person_key_idx" ON "activity_attendees" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "activity_attendees_created_by_idx" ON "activity_attendees" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "activity_files_activity_idx" ON "activity_files" USING btree ("activity_id","created_at");--> statement-breakpoint
CREATE INDEX "activity_files_uploaded_by_idx" ON "activity_files" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "activity_partners_organization_idx" ON "activity_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "prevention_activities_start_idx" ON "prevention_activities" USING btree ("task_force_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "prevention_activities_status_start_idx" ON "prevention_activities" USING btree ("task_force_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "prevention_activities_region_idx" ON "prevention_activities" USING btree ("region_code","starts_at");--> statement-breakpoint
CREATE INDEX "prevention_activities_school_idx" ON "prevention_activities" USING btree ("school_id","starts_at");--> statement-breakpoint
CREATE INDEX "prevention_activities_organizer_idx" ON "prevention_activities" USING btree ("organizer_organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "prevention_activities_working_group_idx" ON "prevention_activities" USING btree ("working_group_id");--> statement-breakpoint
CREATE INDEX "prevention_activities_created_by_idx" ON "prevention_activities" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "prevention_activities_updated_by_idx" ON "prevention_activities" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "region_populations_region_idx" ON "region_populations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "region_populations_updated_by_idx" ON "region_populations" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "schools_task_force_region_idx" ON "schools" USING btree ("task_force_id","region_code","name");--> statement-breakpoint
CREATE INDEX "schools_region_code_idx" ON "schools" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "schools_organization_idx" ON "schools" USING btree ("organization_id");