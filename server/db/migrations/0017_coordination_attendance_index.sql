DROP INDEX "meeting_attendance_invitation_key";--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_invitation_key" ON "meeting_attendance" USING btree ("invitation_id");