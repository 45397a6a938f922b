CREATE TABLE `promise_invoices` (
	`promise_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	PRIMARY KEY(`promise_id`, `document_id`),
	FOREIGN KEY (`promise_id`) REFERENCES `promises`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `promise_invoices_document_idx` ON `promise_invoices` (`document_id`);--> statement-breakpoint
CREATE TABLE `promises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`made_on` text NOT NULL,
	`promised_on` text NOT NULL,
	`how` text NOT NULL,
	`contact_person` text,
	`notes` text,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "promises_amount" CHECK("promises"."amount" > 0),
	CONSTRAINT "promises_dates" CHECK("promises"."promised_on" >= "promises"."made_on"),
	CONSTRAINT "promises_how" CHECK("promises"."how" in ('call','email','whatsapp','visit','letter')),
	CONSTRAINT "promises_cancelled" CHECK(("promises"."cancelled_on" is null and "promises"."cancel_reason" is null) or ("promises"."cancelled_on" is not null and "promises"."cancel_reason" is not null and "promises"."cancelled_on" >= "promises"."made_on"))
);
--> statement-breakpoint
CREATE INDEX `promises_customer_idx` ON `promises` (`customer_id`,`promised_on`);--> statement-breakpoint
CREATE INDEX `promises_promised_idx` ON `promises` (`promised_on`);--> statement-breakpoint
-- A promise is a record of what the customer said: never deleted, and never rewritten. The only
-- change is withdrawing it once, with a reason; a new promise is a new row.
CREATE TRIGGER `promises_no_delete` BEFORE DELETE ON `promises`
BEGIN
  SELECT RAISE(ABORT, 'A promise to pay is never deleted: cancel it with a reason instead');
END;
--> statement-breakpoint
CREATE TRIGGER `promises_only_cancel` BEFORE UPDATE ON `promises`
WHEN OLD.`cancelled_on` IS NOT NULL
  OR NEW.`customer_id` IS NOT OLD.`customer_id` OR NEW.`amount` IS NOT OLD.`amount`
  OR NEW.`made_on` IS NOT OLD.`made_on` OR NEW.`promised_on` IS NOT OLD.`promised_on`
  OR NEW.`how` IS NOT OLD.`how` OR NEW.`contact_person` IS NOT OLD.`contact_person`
  OR NEW.`notes` IS NOT OLD.`notes` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
  SELECT RAISE(ABORT, 'A promise to pay cannot be changed: cancel it and record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `promise_invoices_no_delete` BEFORE DELETE ON `promise_invoices`
BEGIN
  SELECT RAISE(ABORT, 'The invoices a promise names are never removed');
END;
--> statement-breakpoint
CREATE TRIGGER `promise_invoices_no_update` BEFORE UPDATE ON `promise_invoices`
BEGIN
  SELECT RAISE(ABORT, 'The invoices a promise names are never changed');
END;
