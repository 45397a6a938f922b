CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`document_id` integer,
	`logged_on` text NOT NULL,
	`kind` text NOT NULL,
	`contact_person` text,
	`outcome` text NOT NULL,
	`notes` text,
	`next_action_on` text,
	`next_action` text,
	`corrects_id` integer,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`corrects_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "follow_ups_kind" CHECK("follow_ups"."kind" in ('call','email','whatsapp','visit','letter')),
	CONSTRAINT "follow_ups_next_action" CHECK(("follow_ups"."next_action_on" is null and "follow_ups"."next_action" is null) or ("follow_ups"."next_action_on" is not null and "follow_ups"."next_action" is not null and "follow_ups"."next_action_on" >= "follow_ups"."logged_on"))
);
--> statement-breakpoint
CREATE INDEX `follow_ups_customer_idx` ON `follow_ups` (`customer_id`,`logged_on`);--> statement-breakpoint
CREATE INDEX `follow_ups_document_idx` ON `follow_ups` (`document_id`);--> statement-breakpoint
CREATE INDEX `follow_ups_corrects_idx` ON `follow_ups` (`corrects_id`);--> statement-breakpoint
-- A follow-up is a record of what was said: never deleted, never rewritten. A correction is a
-- new row naming the one it corrects.
CREATE TRIGGER `follow_ups_no_delete` BEFORE DELETE ON `follow_ups`
BEGIN
  SELECT RAISE(ABORT, 'A follow-up is never deleted: log a correction instead');
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_no_update` BEFORE UPDATE ON `follow_ups`
BEGIN
  SELECT RAISE(ABORT, 'A follow-up cannot be changed: log a correction instead');
END;
