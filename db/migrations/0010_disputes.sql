CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`reason` text NOT NULL,
	`amount` integer NOT NULL,
	`raised_on` text NOT NULL,
	`owner` text,
	`notes` text,
	`status` text NOT NULL,
	`resolved_on` text,
	`resolution` text,
	`credit_note_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`credit_note_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "disputes_amount" CHECK("disputes"."amount" > 0),
	CONSTRAINT "disputes_status" CHECK("disputes"."status" in ('open','resolved')),
	CONSTRAINT "disputes_resolved" CHECK(("disputes"."status" = 'open' and "disputes"."resolved_on" is null) or ("disputes"."status" = 'resolved' and "disputes"."resolved_on" is not null and "disputes"."resolved_on" >= "disputes"."raised_on"))
);
--> statement-breakpoint
CREATE INDEX `disputes_document_idx` ON `disputes` (`document_id`);--> statement-breakpoint
CREATE INDEX `disputes_customer_idx` ON `disputes` (`customer_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `disputes_one_open_per_document` ON `disputes` (`document_id`) WHERE "disputes"."status" = 'open';--> statement-breakpoint
CREATE INDEX `allocations_date_idx` ON `allocations` (`date`);--> statement-breakpoint
-- A dispute is a record of what the customer said and what we did: never deleted, and once
-- resolved, never changed (a new objection is a new dispute).
CREATE TRIGGER `disputes_no_delete` BEFORE DELETE ON `disputes`
BEGIN
  SELECT RAISE(ABORT, 'A dispute is never deleted: resolve it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `disputes_resolved_frozen` BEFORE UPDATE ON `disputes` WHEN OLD.`status` = 'resolved'
BEGIN
  SELECT RAISE(ABORT, 'A resolved dispute cannot be changed');
END;
