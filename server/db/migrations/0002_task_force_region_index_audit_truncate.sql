-- Every foreign key has an index: task_forces.region_code was the one without.
CREATE INDEX "task_forces_region_code_idx" ON "task_forces" USING btree ("region_code");
--> statement-breakpoint
-- TRUNCATE fires no row trigger, so 0001 let it empty the whole trail, which then still verified.
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
