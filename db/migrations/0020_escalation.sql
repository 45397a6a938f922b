CREATE TABLE `escalation_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`escalation_id` integer NOT NULL,
	`noted_on` text NOT NULL,
	`note` text NOT NULL,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `escalation_notes_case_idx` ON `escalation_notes` (`escalation_id`);--> statement-breakpoint
CREATE TABLE `escalation_rules` (
	`id` integer PRIMARY KEY NOT NULL,
	`overdue_above` integer NOT NULL,
	`overdue_days` integer NOT NULL,
	`broken_promises` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "escalation_rules_single_row" CHECK("escalation_rules"."id" = 1),
	CONSTRAINT "escalation_rules_values" CHECK("escalation_rules"."overdue_above" >= 0 and "escalation_rules"."overdue_days" >= 0 and "escalation_rules"."broken_promises" >= 1)
);
--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`opened_on` text NOT NULL,
	`rules` text NOT NULL,
	`overdue` integer NOT NULL,
	`disputed` integer NOT NULL,
	`oldest_due_date` text,
	`oldest_days` integer,
	`broken_promises` integer NOT NULL,
	`overdue_above` integer NOT NULL,
	`overdue_days` integer NOT NULL,
	`promises_needed` integer NOT NULL,
	`assigned_to` text NOT NULL,
	`opened_by` text NOT NULL,
	`closed_on` text,
	`resolution` text,
	`closed_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "escalations_rules" CHECK("escalations"."rules" in ('overdue','broken_promises','overdue,broken_promises')),
	CONSTRAINT "escalations_closed" CHECK(("escalations"."closed_on" is null and "escalations"."resolution" is null and "escalations"."closed_by" is null) or ("escalations"."closed_on" is not null and "escalations"."resolution" is not null and "escalations"."closed_by" is not null and "escalations"."closed_on" >= "escalations"."opened_on"))
);
--> statement-breakpoint
CREATE INDEX `escalations_customer_idx` ON `escalations` (`customer_id`,`opened_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `escalations_one_open` ON `escalations` (`customer_id`) WHERE "escalations"."closed_on" is null;--> statement-breakpoint
-- A case is a record of what the manager was told and did: never deleted; the only change is
-- closing it, once, with who and how.
CREATE TRIGGER `escalations_no_delete` BEFORE DELETE ON `escalations`
BEGIN
  SELECT RAISE(ABORT, 'An escalation case is never deleted: close it with a resolution instead');
END;
--> statement-breakpoint
CREATE TRIGGER `escalations_only_close` BEFORE UPDATE ON `escalations`
WHEN OLD.`closed_on` IS NOT NULL
  OR NEW.`customer_id` IS NOT OLD.`customer_id` OR NEW.`opened_on` IS NOT OLD.`opened_on`
  OR NEW.`rules` IS NOT OLD.`rules` OR NEW.`overdue` IS NOT OLD.`overdue`
  OR NEW.`disputed` IS NOT OLD.`disputed` OR NEW.`oldest_due_date` IS NOT OLD.`oldest_due_date`
  OR NEW.`oldest_days` IS NOT OLD.`oldest_days` OR NEW.`broken_promises` IS NOT OLD.`broken_promises`
  OR NEW.`overdue_above` IS NOT OLD.`overdue_above` OR NEW.`overdue_days` IS NOT OLD.`overdue_days`
  OR NEW.`promises_needed` IS NOT OLD.`promises_needed` OR NEW.`assigned_to` IS NOT OLD.`assigned_to`
  OR NEW.`opened_by` IS NOT OLD.`opened_by` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
  SELECT RAISE(ABORT, 'An escalation case cannot be changed: add a note, or close it');
END;
--> statement-breakpoint
CREATE TRIGGER `escalation_notes_no_delete` BEFORE DELETE ON `escalation_notes`
BEGIN
  SELECT RAISE(ABORT, 'A note on an escalation case is never deleted: add another');
END;
--> statement-breakpoint
CREATE TRIGGER `escalation_notes_no_update` BEFORE UPDATE ON `escalation_notes`
BEGIN
  SELECT RAISE(ABORT, 'A note on an escalation case cannot be changed: add another');
END;
