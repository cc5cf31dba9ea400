ALTER TABLE "meeting_invitations" ADD COLUMN "person_title" text;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD COLUMN "sent_sequence" integer;