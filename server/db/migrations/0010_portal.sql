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
CREATE INDEX "portal_menu_items_task_force_idx" ON "portal_menu_items" USING btree ("task_force_id","position");