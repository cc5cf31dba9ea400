CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"case_person_id" uuid,
	"file_name_enc" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"task_force_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "case_counters_pkey" PRIMARY KEY("task_force_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "case_route_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"region_code" text,
	"country_code" text,
	"place_type_code" text,
	"description" text,
	CONSTRAINT "case_route_points_position_key" UNIQUE("case_id","position")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"lead_organization_id" uuid NOT NULL,
	"case_manager_id" uuid,
	"identified_on" date NOT NULL,
	"identified_region_code" text,
	"identified_country_code" text,
	"exploitation_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"means" text[] DEFAULT '{}'::text[] NOT NULL,
	"acts" text[] DEFAULT '{}'::text[] NOT NULL,
	"recruitment_method" text,
	"recruiter_relation" text,
	"recruitment_platform" text,
	"risk_level" text DEFAULT 'medium' NOT NULL,
	"summary" text,
	"closure_requested_at" timestamp with time zone,
	"closure_requested_by_id" uuid,
	"closure_reason" text,
	"closure_checklist" jsonb,
	"closed_at" timestamp with time zone,
	"closed_by_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number"),
	CONSTRAINT "cases_task_force_year_seq_key" UNIQUE("task_force_id","year","seq")
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"source" text NOT NULL,
	"channel_code" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"reporter_anonymous" boolean DEFAULT false NOT NULL,
	"reporter_name_enc" text,
	"reporter_contact_enc" text,
	"reporter_relation" text,
	"story_enc" text NOT NULL,
	"place_region_code" text,
	"place_country_code" text,
	"place_detail" text,
	"status" text DEFAULT 'received' NOT NULL,
	"triage_outcome" text,
	"triage_reason" text,
	"referred_to_organization_id" uuid,
	"referred_to_name" text,
	"triaged_by_id" uuid,
	"triaged_at" timestamp with time zone,
	"case_id" uuid,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "public_challenges" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"spent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "legal_process_suspects" (
	"legal_process_id" uuid NOT NULL,
	"case_person_id" uuid NOT NULL,
	CONSTRAINT "legal_process_suspects_pkey" PRIMARY KEY("legal_process_id","case_person_id")
);
--> statement-breakpoint
CREATE TABLE "legal_processes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"police_report_number" text,
	"police_unit" text,
	"reported_on" date,
	"stage_code" text NOT NULL,
	"stage_on" date,
	"articles_charged" text,
	"verdict" text,
	"verdict_on" date,
	"sentence_months" integer,
	"fine_rupiah" bigint,
	"lpsk_protection" text DEFAULT 'none' NOT NULL,
	"notes" text,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "restitutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legal_process_id" uuid NOT NULL,
	"case_person_id" uuid NOT NULL,
	"stage_code" text NOT NULL,
	"requested_rupiah" bigint,
	"requested_on" date,
	"demanded_rupiah" bigint,
	"demanded_on" date,
	"awarded_rupiah" bigint,
	"awarded_on" date,
	"paid_rupiah" bigint,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_person_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"risk_level" text NOT NULL,
	"notes" text,
	"assessed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"age_at_exploitation" integer,
	"is_child" boolean,
	"age_group_code" text DEFAULT 'unknown' NOT NULL,
	"relation_to_victim_code" text,
	"guardian_of_id" uuid,
	"note" text,
	"added_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_people_case_person_role_key" UNIQUE("case_id","person_id","role")
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_person_id" uuid NOT NULL,
	"given_by" text NOT NULL,
	"guardian_case_person_id" uuid,
	"method" text NOT NULL,
	"given_on" date NOT NULL,
	"scope" text,
	"withdrawn_at" timestamp with time zone,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_enc" text,
	"aliases_enc" text,
	"nik_enc" text,
	"birth_date_enc" text,
	"address_enc" text,
	"phone_enc" text,
	"nik_index" text,
	"birth_date_index" text,
	"phone_index" text,
	"name_token_indexes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sex_code" text DEFAULT 'unknown' NOT NULL,
	"birth_year" integer,
	"nationality_code" text,
	"origin_region_code" text,
	"origin_country_code" text,
	"education_code" text,
	"marital_status_code" text,
	"disability_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"occupation" text,
	"merged_into_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "person_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"moved_case_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reason" text NOT NULL,
	"merged_by_id" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"case_person_id" uuid NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"to_organization_id" uuid NOT NULL,
	"service_types" text[] NOT NULL,
	"shared_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"message" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"consent_id" uuid,
	"consent_override_reason" text,
	"due_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"responded_by_id" uuid,
	"decline_reason" text,
	"completed_at" timestamp with time zone,
	"completion_note" text,
	"sent_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"case_person_id" uuid NOT NULL,
	"service_type_code" text NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"referral_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"started_on" date,
	"ended_on" date,
	"outcome" text,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_route_points" ADD CONSTRAINT "case_route_points_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_route_points" ADD CONSTRAINT "case_route_points_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_case_manager_id_users_id_fk" FOREIGN KEY ("case_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_identified_region_code_regions_code_fk" FOREIGN KEY ("identified_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_closure_requested_by_id_users_id_fk" FOREIGN KEY ("closure_requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_place_region_code_regions_code_fk" FOREIGN KEY ("place_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_referred_to_organization_id_organizations_id_fk" FOREIGN KEY ("referred_to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_triaged_by_id_users_id_fk" FOREIGN KEY ("triaged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_process_suspects" ADD CONSTRAINT "legal_process_suspects_legal_process_id_legal_processes_id_fk" FOREIGN KEY ("legal_process_id") REFERENCES "public"."legal_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_process_suspects" ADD CONSTRAINT "legal_process_suspects_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_processes" ADD CONSTRAINT "legal_processes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_processes" ADD CONSTRAINT "legal_processes_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restitutions" ADD CONSTRAINT "restitutions_legal_process_id_legal_processes_id_fk" FOREIGN KEY ("legal_process_id") REFERENCES "public"."legal_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restitutions" ADD CONSTRAINT "restitutions_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessed_by_id_users_id_fk" FOREIGN KEY ("assessed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_guardian_case_person_id_case_people_id_fk" FOREIGN KEY ("guardian_case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_origin_region_code_regions_code_fk" FOREIGN KEY ("origin_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_survivor_id_people_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_merged_id_people_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_merged_by_id_users_id_fk" FOREIGN KEY ("merged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_undone_by_id_users_id_fk" FOREIGN KEY ("undone_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_responded_by_id_users_id_fk" FOREIGN KEY ("responded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_attachments_person_idx" ON "case_attachments" USING btree ("case_person_id");--> statement-breakpoint
CREATE INDEX "case_attachments_uploaded_by_idx" ON "case_attachments" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "case_events_actor_idx" ON "case_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "case_route_points_region_idx" ON "case_route_points" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cases_list_idx" ON "cases" USING btree ("task_force_id","identified_on","id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("task_force_id","status","identified_on");--> statement-breakpoint
CREATE INDEX "cases_lead_org_idx" ON "cases" USING btree ("lead_organization_id","identified_on");--> statement-breakpoint
CREATE INDEX "cases_case_manager_idx" ON "cases" USING btree ("case_manager_id");--> statement-breakpoint
CREATE INDEX "cases_identified_region_idx" ON "cases" USING btree ("identified_region_code");--> statement-breakpoint
CREATE INDEX "cases_forms_idx" ON "cases" USING gin ("exploitation_forms");--> statement-breakpoint
CREATE INDEX "cases_closure_requested_by_idx" ON "cases" USING btree ("closure_requested_by_id");--> statement-breakpoint
CREATE INDEX "cases_closed_by_idx" ON "cases" USING btree ("closed_by_id");--> statement-breakpoint
CREATE INDEX "cases_created_by_idx" ON "cases" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "complaints_queue_idx" ON "complaints" USING btree ("task_force_id","status","received_at","id");--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" USING btree ("task_force_id","received_at","id");--> statement-breakpoint
CREATE INDEX "complaints_place_region_idx" ON "complaints" USING btree ("place_region_code");--> statement-breakpoint
CREATE INDEX "complaints_referred_to_idx" ON "complaints" USING btree ("referred_to_organization_id");--> statement-breakpoint
CREATE INDEX "complaints_triaged_by_idx" ON "complaints" USING btree ("triaged_by_id");--> statement-breakpoint
CREATE INDEX "complaints_case_id_idx" ON "complaints" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "complaints_recorded_by_idx" ON "complaints" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "legal_process_suspects_person_idx" ON "legal_process_suspects" USING btree ("case_person_id");--> statement-breakpoint
CREATE INDEX "legal_processes_case_idx" ON "legal_processes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "legal_processes_stage_idx" ON "legal_processes" USING btree ("stage_code");--> statement-breakpoint
CREATE INDEX "legal_processes_recorded_by_idx" ON "legal_processes" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "restitutions_process_idx" ON "restitutions" USING btree ("legal_process_id");--> statement-breakpoint
CREATE INDEX "restitutions_case_person_idx" ON "restitutions" USING btree ("case_person_id");--> statement-breakpoint
CREATE INDEX "assessments_case_person_idx" ON "assessments" USING btree ("case_person_id","assessed_on");--> statement-breakpoint
CREATE INDEX "assessments_assessed_by_idx" ON "assessments" USING btree ("assessed_by_id");--> statement-breakpoint
CREATE INDEX "case_people_person_idx" ON "case_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "case_people_case_role_idx" ON "case_people" USING btree ("case_id","role");--> statement-breakpoint
CREATE INDEX "case_people_guardian_of_idx" ON "case_people" USING btree ("guardian_of_id");--> statement-breakpoint
CREATE INDEX "case_people_added_by_idx" ON "case_people" USING btree ("added_by_id");--> statement-breakpoint
CREATE INDEX "consents_case_person_idx" ON "consents" USING btree ("case_person_id");--> statement-breakpoint
CREATE INDEX "consents_guardian_idx" ON "consents" USING btree ("guardian_case_person_id");--> statement-breakpoint
CREATE INDEX "consents_recorded_by_idx" ON "consents" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "people_nik_index_idx" ON "people" USING btree ("task_force_id","nik_index");--> statement-breakpoint
CREATE INDEX "people_phone_index_idx" ON "people" USING btree ("task_force_id","phone_index");--> statement-breakpoint
CREATE INDEX "people_birth_date_index_idx" ON "people" USING btree ("task_force_id","birth_date_index");--> statement-breakpoint
CREATE INDEX "people_name_tokens_idx" ON "people" USING gin ("name_token_indexes");--> statement-breakpoint
CREATE INDEX "people_origin_region_idx" ON "people" USING btree ("origin_region_code");--> statement-breakpoint
CREATE INDEX "people_merged_into_idx" ON "people" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "people_created_by_idx" ON "people" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "person_merges_survivor_idx" ON "person_merges" USING btree ("survivor_id");--> statement-breakpoint
CREATE INDEX "person_merges_merged_idx" ON "person_merges" USING btree ("merged_id");--> statement-breakpoint
CREATE INDEX "person_merges_merged_by_idx" ON "person_merges" USING btree ("merged_by_id");--> statement-breakpoint
CREATE INDEX "person_merges_undone_by_idx" ON "person_merges" USING btree ("undone_by_id");--> statement-breakpoint
CREATE INDEX "referrals_inbox_idx" ON "referrals" USING btree ("to_organization_id","status","due_at");--> statement-breakpoint
CREATE INDEX "referrals_outbox_idx" ON "referrals" USING btree ("from_organization_id","status","due_at");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_case_person_idx" ON "referrals" USING btree ("case_person_id");--> statement-breakpoint
CREATE INDEX "referrals_task_force_idx" ON "referrals" USING btree ("task_force_id","status","due_at");--> statement-breakpoint
CREATE INDEX "referrals_consent_idx" ON "referrals" USING btree ("consent_id");--> statement-breakpoint
CREATE INDEX "referrals_responded_by_idx" ON "referrals" USING btree ("responded_by_id");--> statement-breakpoint
CREATE INDEX "referrals_sent_by_idx" ON "referrals" USING btree ("sent_by_id");--> statement-breakpoint
CREATE INDEX "services_case_idx" ON "services" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "services_case_person_idx" ON "services" USING btree ("case_person_id");--> statement-breakpoint
CREATE INDEX "services_provider_idx" ON "services" USING btree ("provider_organization_id");--> statement-breakpoint
CREATE INDEX "services_type_status_idx" ON "services" USING btree ("service_type_code","status");--> statement-breakpoint
CREATE INDEX "services_referral_idx" ON "services" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "services_recorded_by_idx" ON "services" USING btree ("recorded_by_id");