CREATE TABLE "action_item_agenda_links" (
	"agenda_item_id" uuid PRIMARY KEY NOT NULL,
	"action_item_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_item_agenda_links_meeting_item_key" UNIQUE("meeting_id","action_item_id")
);
--> statement-breakpoint
CREATE TABLE "action_item_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_item_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"file_name_enc" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_item_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "action_item_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"action_item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"from_status" text,
	"to_status" text,
	"reason" text,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_item_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"remind_on" date NOT NULL,
	"due_on" date NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_item_reminders_key" UNIQUE("action_item_id","kind","remind_on")
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_organization_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"owner_name" text,
	"due_on" date NOT NULL,
	"meeting_id" uuid,
	"decision_id" uuid,
	"programme_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"drop_reason" text,
	"done_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"action_item_id" uuid,
	"dedupe_key" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
	"person_title" text,
	"email" text,
	"sent_sequence" integer,
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
	"position" integer NOT NULL,
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
CREATE TABLE "portal_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"note_id" text DEFAULT '' NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	"region_code" text,
	"address" text DEFAULT '' NOT NULL,
	"hours" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"visible" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"latest_version" integer DEFAULT 1 NOT NULL,
	"review_note" text,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_entries_slug_key" UNIQUE("task_force_id","kind","slug")
);
--> statement-breakpoint
CREATE TABLE "portal_entry_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title_id" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_id" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"body_id" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"cover_media_id" uuid,
	"restored_from" integer,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_from" timestamp with time zone,
	"published_by_id" uuid,
	CONSTRAINT "portal_entry_versions_number_key" UNIQUE("entry_id","number")
);
--> statement-breakpoint
CREATE TABLE "portal_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"title_id" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description_id" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"media_id" uuid NOT NULL,
	"visible" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer,
	"height" integer,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"small_content" "bytea",
	"small_width" integer,
	"small_height" integer,
	"alt" text DEFAULT '' NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_menu_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label_id" text NOT NULL,
	"label_en" text NOT NULL,
	"href" text NOT NULL,
	"visible" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_sites" (
	"task_force_id" uuid PRIMARY KEY NOT NULL,
	"seed_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "knowledge_test_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"test_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"participant_key_hash" text NOT NULL,
	"nickname_enc" text,
	"answers" integer[] NOT NULL,
	"correct_count" integer NOT NULL,
	"question_count" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "knowledge_test_responses_participant_key" UNIQUE("test_id","phase","participant_key_hash")
);
--> statement-breakpoint
CREATE TABLE "knowledge_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"token" text NOT NULL,
	"questions" jsonb NOT NULL,
	"open_phase" text,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_tests_activity_key" UNIQUE("activity_id"),
	CONSTRAINT "knowledge_tests_token_key" UNIQUE("token")
);
--> statement-breakpoint
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
	"victim_sex_child" text[],
	"first_of" bigint DEFAULT 0 NOT NULL,
	"import_format" text
);
--> statement-breakpoint
CREATE TABLE "statistics_stale_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_actuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"measured_on" date NOT NULL,
	"note" text,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"target" numeric(14, 2) NOT NULL,
	"baseline" numeric(14, 2),
	"direction" text DEFAULT 'higher' NOT NULL,
	"metric" text,
	"responsible_organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"working_group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"lead_organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_force_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"copied_from_year" integer,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plans_task_force_year_key" UNIQUE("task_force_id","year")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "identified_on_precision" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "import_row" integer;--> statement-breakpoint
ALTER TABLE "action_item_agenda_links" ADD CONSTRAINT "action_item_agenda_links_agenda_item_id_meeting_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."meeting_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_agenda_links" ADD CONSTRAINT "action_item_agenda_links_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_agenda_links" ADD CONSTRAINT "action_item_agenda_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_attachments" ADD CONSTRAINT "action_item_attachments_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_attachments" ADD CONSTRAINT "action_item_attachments_event_id_action_item_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."action_item_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_attachments" ADD CONSTRAINT "action_item_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_events" ADD CONSTRAINT "action_item_events_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_events" ADD CONSTRAINT "action_item_events_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_reminders" ADD CONSTRAINT "action_item_reminders_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_decision_id_meeting_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."meeting_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_programme_id_work_plan_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."work_plan_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entries" ADD CONSTRAINT "portal_entries_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entries" ADD CONSTRAINT "portal_entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entries" ADD CONSTRAINT "portal_entries_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entry_versions" ADD CONSTRAINT "portal_entry_versions_entry_id_portal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."portal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entry_versions" ADD CONSTRAINT "portal_entry_versions_cover_media_id_portal_media_id_fk" FOREIGN KEY ("cover_media_id") REFERENCES "public"."portal_media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entry_versions" ADD CONSTRAINT "portal_entry_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_entry_versions" ADD CONSTRAINT "portal_entry_versions_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_materials" ADD CONSTRAINT "portal_materials_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_materials" ADD CONSTRAINT "portal_materials_media_id_portal_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."portal_media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_materials" ADD CONSTRAINT "portal_materials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_materials" ADD CONSTRAINT "portal_materials_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_media" ADD CONSTRAINT "portal_media_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_media" ADD CONSTRAINT "portal_media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_menu_items" ADD CONSTRAINT "portal_menu_items_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_sites" ADD CONSTRAINT "portal_sites_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "knowledge_test_responses" ADD CONSTRAINT "knowledge_test_responses_test_id_knowledge_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."knowledge_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_tests" ADD CONSTRAINT "knowledge_tests_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_tests" ADD CONSTRAINT "knowledge_tests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_tests" ADD CONSTRAINT "knowledge_tests_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_facts" ADD CONSTRAINT "statistics_facts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_stale_cases" ADD CONSTRAINT "statistics_stale_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_actuals" ADD CONSTRAINT "work_plan_actuals_indicator_id_work_plan_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."work_plan_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_actuals" ADD CONSTRAINT "work_plan_actuals_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_indicators" ADD CONSTRAINT "work_plan_indicators_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_indicators" ADD CONSTRAINT "work_plan_indicators_programme_id_work_plan_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."work_plan_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_indicators" ADD CONSTRAINT "work_plan_indicators_responsible_organization_id_organizations_id_fk" FOREIGN KEY ("responsible_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_programmes" ADD CONSTRAINT "work_plan_programmes_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_programmes" ADD CONSTRAINT "work_plan_programmes_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_programmes" ADD CONSTRAINT "work_plan_programmes_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_item_agenda_links_item_idx" ON "action_item_agenda_links" USING btree ("action_item_id");--> statement-breakpoint
CREATE INDEX "action_item_attachments_item_idx" ON "action_item_attachments" USING btree ("action_item_id");--> statement-breakpoint
CREATE INDEX "action_item_attachments_event_idx" ON "action_item_attachments" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "action_item_attachments_uploaded_by_idx" ON "action_item_attachments" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "action_item_events_item_idx" ON "action_item_events" USING btree ("action_item_id","seq");--> statement-breakpoint
CREATE INDEX "action_item_events_author_idx" ON "action_item_events" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "action_items_task_force_status_due_idx" ON "action_items" USING btree ("task_force_id","status","due_on");--> statement-breakpoint
CREATE INDEX "action_items_owner_status_due_idx" ON "action_items" USING btree ("owner_organization_id","status","due_on");--> statement-breakpoint
CREATE INDEX "action_items_owner_user_idx" ON "action_items" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_decision_idx" ON "action_items" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "action_items_programme_idx" ON "action_items" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "action_items_created_by_idx" ON "action_items" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_action_item_idx" ON "notifications" USING btree ("action_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_key" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "meeting_agenda_items_meeting_idx" ON "meeting_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_invitation_key" ON "meeting_attendance" USING btree ("invitation_id");--> statement-breakpoint
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
CREATE INDEX "meeting_invitations_meeting_idx" ON "meeting_invitations" USING btree ("meeting_id","created_at");--> statement-breakpoint
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
CREATE INDEX "import_errors_import_position_idx" ON "import_errors" USING btree ("import_id","position");--> statement-breakpoint
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
CREATE INDEX "portal_contacts_task_force_idx" ON "portal_contacts" USING btree ("task_force_id","position");--> statement-breakpoint
CREATE INDEX "portal_contacts_region_idx" ON "portal_contacts" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "portal_contacts_updated_by_idx" ON "portal_contacts" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "portal_entries_list_idx" ON "portal_entries" USING btree ("task_force_id","kind","updated_at");--> statement-breakpoint
CREATE INDEX "portal_entries_created_by_idx" ON "portal_entries" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "portal_entries_updated_by_idx" ON "portal_entries" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "portal_entry_versions_published_idx" ON "portal_entry_versions" USING btree ("entry_id","published_from");--> statement-breakpoint
CREATE INDEX "portal_entry_versions_cover_idx" ON "portal_entry_versions" USING btree ("cover_media_id");--> statement-breakpoint
CREATE INDEX "portal_entry_versions_created_by_idx" ON "portal_entry_versions" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "portal_entry_versions_published_by_idx" ON "portal_entry_versions" USING btree ("published_by_id");--> statement-breakpoint
CREATE INDEX "portal_materials_task_force_idx" ON "portal_materials" USING btree ("task_force_id","position");--> statement-breakpoint
CREATE INDEX "portal_materials_media_idx" ON "portal_materials" USING btree ("media_id");--> statement-breakpoint
CREATE INDEX "portal_materials_created_by_idx" ON "portal_materials" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "portal_materials_updated_by_idx" ON "portal_materials" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "portal_media_task_force_idx" ON "portal_media" USING btree ("task_force_id","created_at");--> statement-breakpoint
CREATE INDEX "portal_media_uploaded_by_idx" ON "portal_media" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "portal_menu_items_task_force_idx" ON "portal_menu_items" USING btree ("task_force_id","position");--> statement-breakpoint
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
CREATE INDEX "schools_organization_idx" ON "schools" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "knowledge_tests_created_by_idx" ON "knowledge_tests" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "knowledge_tests_updated_by_idx" ON "knowledge_tests" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "statistics_facts_task_force_year_idx" ON "statistics_facts" USING btree ("task_force_id","year");--> statement-breakpoint
CREATE INDEX "statistics_facts_case_idx" ON "statistics_facts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "statistics_facts_imported_idx" ON "statistics_facts" USING btree ("task_force_id","import_format") WHERE "statistics_facts"."import_format" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "work_plan_actuals_indicator_idx" ON "work_plan_actuals" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "work_plan_actuals_recorded_by_idx" ON "work_plan_actuals" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "work_plan_indicators_plan_idx" ON "work_plan_indicators" USING btree ("plan_id","programme_id","position");--> statement-breakpoint
CREATE INDEX "work_plan_indicators_programme_idx" ON "work_plan_indicators" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "work_plan_indicators_responsible_org_idx" ON "work_plan_indicators" USING btree ("responsible_organization_id");--> statement-breakpoint
CREATE INDEX "work_plan_programmes_plan_idx" ON "work_plan_programmes" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "work_plan_programmes_working_group_idx" ON "work_plan_programmes" USING btree ("working_group_id");--> statement-breakpoint
CREATE INDEX "work_plan_programmes_lead_org_idx" ON "work_plan_programmes" USING btree ("lead_organization_id");--> statement-breakpoint
CREATE INDEX "work_plans_created_by_idx" ON "work_plans" USING btree ("created_by_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_import_idx" ON "cases" USING btree ("import_id","import_row");