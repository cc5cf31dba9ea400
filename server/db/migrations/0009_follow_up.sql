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
CREATE INDEX "action_item_events_item_idx" ON "action_item_events" USING btree ("action_item_id","created_at");--> statement-breakpoint
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
CREATE INDEX "work_plan_actuals_indicator_idx" ON "work_plan_actuals" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "work_plan_actuals_recorded_by_idx" ON "work_plan_actuals" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "work_plan_indicators_plan_idx" ON "work_plan_indicators" USING btree ("plan_id","programme_id","position");--> statement-breakpoint
CREATE INDEX "work_plan_indicators_programme_idx" ON "work_plan_indicators" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "work_plan_indicators_responsible_org_idx" ON "work_plan_indicators" USING btree ("responsible_organization_id");--> statement-breakpoint
CREATE INDEX "work_plan_programmes_plan_idx" ON "work_plan_programmes" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "work_plan_programmes_working_group_idx" ON "work_plan_programmes" USING btree ("working_group_id");--> statement-breakpoint
CREATE INDEX "work_plan_programmes_lead_org_idx" ON "work_plan_programmes" USING btree ("lead_organization_id");--> statement-breakpoint
CREATE INDEX "work_plans_created_by_idx" ON "work_plans" USING btree ("created_by_id");