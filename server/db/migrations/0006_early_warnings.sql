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
ALTER TABLE "knowledge_test_responses" ADD CONSTRAINT "knowledge_test_responses_test_id_knowledge_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."knowledge_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_tests" ADD CONSTRAINT "knowledge_tests_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_tests" ADD CONSTRAINT "knowledge_tests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_tests" ADD CONSTRAINT "knowledge_tests_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_tests_created_by_idx" ON "knowledge_tests" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "knowledge_tests_updated_by_idx" ON "knowledge_tests" USING btree ("updated_by_id");