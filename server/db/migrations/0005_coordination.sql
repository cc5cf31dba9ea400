CREATE TABLE "calendar_feed_tokens" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"token_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter" text,
	"duration_minutes" integer,
	"discussion" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"invitation_id" uuid,
	"name" text NOT NULL,
	"organization_id" uuid,
	"organization_name" text,
	"person_title" text,
	"phone" text,
	"walk_in" boolean DEFAULT false NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"agenda_item_id" uuid,
	"text" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_decisions_number_key" UNIQUE("meeting_id","number")
);
--> statement-breakpoint
CREATE TABLE "meeting_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
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
CREATE TABLE "meeting_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid,
	"user_id" uuid,
	"name" text,
	"email" text,
	"last_mail_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"series_id" uuid,
	"title" text NOT NULL,
	"purpose" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"chair_name" text,
	"chair_title" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"letter_number" text,
	"letter_date" date,
	"letter_nature" text,
	"letter_attachment" text,
	"signer_name" text,
	"signer_title" text,
	"signer_nip" text,
	"minutes_notes" text,
	"minutes_taker_name" text,
	"minutes_updated_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_services" (
	"organization_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_services_pkey" PRIMARY KEY("organization_id","service_code")
);
--> statement-breakpoint
CREATE TABLE "task_force_decrees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"issued_by" text NOT NULL,
	"signed_on" date NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date,
	"notes" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_force_membership_working_groups" (
	"membership_id" uuid NOT NULL,
	"working_group_id" uuid NOT NULL,
	CONSTRAINT "task_force_membership_working_groups_pkey" PRIMARY KEY("membership_id","working_group_id")
);
--> statement-breakpoint
CREATE TABLE "task_force_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"decree_id" uuid,
	"organization_id" uuid NOT NULL,
	"position_code" text NOT NULL,
	"person_name" text,
	"person_title" text,
	"phone" text,
	"email" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"previous_id" uuid,
	"end_reason" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "early_warning_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"early_warning_id" uuid NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "early_warning_photos" (
	"early_warning_id" uuid PRIMARY KEY NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "early_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind_code" text NOT NULL,
	"urgency" text NOT NULL,
	"region_code" text NOT NULL,
	"place_detail" text,
	"observed_on" date NOT NULL,
	"observed_time" text,
	"description_enc" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"reported_by_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"verified_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"escalated_to" text,
	"complaint_id" uuid,
	"police_organization_id" uuid,
	"police_unit_name" text,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "early_warnings_code_unique" UNIQUE("code"),
	CONSTRAINT "early_warnings_complaint_id_unique" UNIQUE("complaint_id")
);
--> statement-breakpoint
CREATE TABLE "import_errors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"field" text NOT NULL,
	"key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_size" integer NOT NULL,
	"content_hash" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"all_or_nothing" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"cases_created" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"failure_key" text,
	"failure_params" jsonb,
	"duplicate_of_id" uuid,
	"applied" boolean DEFAULT false NOT NULL,
	"lead_organization_id" uuid NOT NULL,
	"requested_by_id" uuid,
	"requested_by_label" text NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid,
	"dedupe_key" text NOT NULL,
	"to_addresses" text[] NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"calendar_method" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"smtp_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "identified_on_precision" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "import_row" integer;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_invitation_id_meeting_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."meeting_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_agenda_item_id_meeting_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."meeting_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_last_mail_id_mail_outbox_id_fk" FOREIGN KEY ("last_mail_id") REFERENCES "public"."mail_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_services" ADD CONSTRAINT "organization_services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_decrees" ADD CONSTRAINT "task_force_decrees_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_decrees" ADD CONSTRAINT "task_force_decrees_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_membership_working_groups" ADD CONSTRAINT "task_force_membership_working_groups_membership_id_task_force_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."task_force_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_membership_working_groups" ADD CONSTRAINT "task_force_membership_working_groups_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_memberships" ADD CONSTRAINT "task_force_memberships_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_memberships" ADD CONSTRAINT "task_force_memberships_decree_id_task_force_decrees_id_fk" FOREIGN KEY ("decree_id") REFERENCES "public"."task_force_decrees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_memberships" ADD CONSTRAINT "task_force_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_memberships" ADD CONSTRAINT "task_force_memberships_previous_id_task_force_memberships_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."task_force_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_memberships" ADD CONSTRAINT "task_force_memberships_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warning_events" ADD CONSTRAINT "early_warning_events_early_warning_id_early_warnings_id_fk" FOREIGN KEY ("early_warning_id") REFERENCES "public"."early_warnings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warning_events" ADD CONSTRAINT "early_warning_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warning_photos" ADD CONSTRAINT "early_warning_photos_early_warning_id_early_warnings_id_fk" FOREIGN KEY ("early_warning_id") REFERENCES "public"."early_warnings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warnings" ADD CONSTRAINT "early_warnings_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warnings" ADD CONSTRAINT "early_warnings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warnings" ADD CONSTRAINT "early_warnings_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warnings" ADD CONSTRAINT "early_warnings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warnings" ADD CONSTRAINT "early_warnings_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warnings" ADD CONSTRAINT "early_warnings_police_organization_id_organizations_id_fk" FOREIGN KEY ("police_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_errors" ADD CONSTRAINT "import_errors_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_duplicate_of_id_imports_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_key" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "meeting_agenda_items_meeting_idx" ON "meeting_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_invitation_key" ON "meeting_attendance" USING btree ("invitation_id") WHERE "meeting_attendance"."invitation_id" is not null;--> statement-breakpoint
CREATE INDEX "meeting_attendance_meeting_idx" ON "meeting_attendance" USING btree ("meeting_id","checked_in_at");--> statement-breakpoint
CREATE INDEX "meeting_attendance_organization_idx" ON "meeting_attendance" USING btree ("organization_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_recorded_by_idx" ON "meeting_attendance" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_agenda_item_idx" ON "meeting_decisions" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_created_by_idx" ON "meeting_decisions" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "meeting_documents_meeting_idx" ON "meeting_documents" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_documents_uploaded_by_idx" ON "meeting_documents" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_organization_key" ON "meeting_invitations" USING btree ("meeting_id","organization_id") WHERE "meeting_invitations"."organization_id" is not null and "meeting_invitations"."kind" = 'organization';--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_user_key" ON "meeting_invitations" USING btree ("meeting_id","user_id") WHERE "meeting_invitations"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_external_key" ON "meeting_invitations" USING btree ("meeting_id",lower("email")) WHERE "meeting_invitations"."kind" = 'external';--> statement-breakpoint
CREATE INDEX "meeting_invitations_organization_idx" ON "meeting_invitations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "meeting_invitations_user_idx" ON "meeting_invitations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_invitations_last_mail_idx" ON "meeting_invitations" USING btree ("last_mail_id");--> statement-breakpoint
CREATE INDEX "meeting_invitations_created_by_idx" ON "meeting_invitations" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "meeting_series_task_force_idx" ON "meeting_series" USING btree ("task_force_id","title");--> statement-breakpoint
CREATE INDEX "meeting_series_created_by_idx" ON "meeting_series" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "meetings_task_force_starts_idx" ON "meetings" USING btree ("task_force_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "meetings_series_idx" ON "meetings" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_created_by_idx" ON "meetings" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "organization_services_code_idx" ON "organization_services" USING btree ("service_code");--> statement-breakpoint
CREATE INDEX "task_force_decrees_task_force_idx" ON "task_force_decrees" USING btree ("task_force_id","period_start");--> statement-breakpoint
CREATE INDEX "task_force_decrees_created_by_idx" ON "task_force_decrees" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "task_force_membership_working_groups_group_idx" ON "task_force_membership_working_groups" USING btree ("working_group_id");--> statement-breakpoint
CREATE INDEX "task_force_memberships_current_idx" ON "task_force_memberships" USING btree ("task_force_id","valid_to","position_code");--> statement-breakpoint
CREATE INDEX "task_force_memberships_decree_idx" ON "task_force_memberships" USING btree ("decree_id");--> statement-breakpoint
CREATE INDEX "task_force_memberships_organization_idx" ON "task_force_memberships" USING btree ("organization_id","valid_from");--> statement-breakpoint
CREATE INDEX "task_force_memberships_previous_idx" ON "task_force_memberships" USING btree ("previous_id");--> statement-breakpoint
CREATE INDEX "task_force_memberships_created_by_idx" ON "task_force_memberships" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "early_warning_events_warning_idx" ON "early_warning_events" USING btree ("early_warning_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "early_warning_events_actor_idx" ON "early_warning_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "early_warnings_queue_idx" ON "early_warnings" USING btree ("task_force_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "early_warnings_observed_idx" ON "early_warnings" USING btree ("task_force_id","observed_on");--> statement-breakpoint
CREATE INDEX "early_warnings_reported_by_idx" ON "early_warnings" USING btree ("reported_by_id","created_at");--> statement-breakpoint
CREATE INDEX "early_warnings_organization_idx" ON "early_warnings" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "early_warnings_region_idx" ON "early_warnings" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "early_warnings_police_organization_idx" ON "early_warnings" USING btree ("police_organization_id");--> statement-breakpoint
CREATE INDEX "import_errors_import_row_idx" ON "import_errors" USING btree ("import_id","row");--> statement-breakpoint
CREATE INDEX "imports_task_force_created_idx" ON "imports" USING btree ("task_force_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "imports_applied_file_key" ON "imports" USING btree ("task_force_id","content_hash") WHERE "imports"."applied";--> statement-breakpoint
CREATE INDEX "imports_content_hash_idx" ON "imports" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "imports_status_idx" ON "imports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "imports_duplicate_of_idx" ON "imports" USING btree ("duplicate_of_id");--> statement-breakpoint
CREATE INDEX "imports_lead_organization_idx" ON "imports" USING btree ("lead_organization_id");--> statement-breakpoint
CREATE INDEX "imports_requested_by_idx" ON "imports" USING btree ("requested_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_dedupe_key" ON "mail_outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_task_force_idx" ON "mail_outbox" USING btree ("task_force_id","created_at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_import_idx" ON "cases" USING btree ("import_id","import_row");