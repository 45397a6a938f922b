CREATE TABLE `reminder_templates` (
	`level` text PRIMARY KEY NOT NULL,
	`days` integer NOT NULL,
	`email_subject` text NOT NULL,
	`email_body` text NOT NULL,
	`whatsapp_text` text NOT NULL,
	`letter_body` text NOT NULL,
	`actor` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "reminder_templates_level" CHECK("reminder_templates"."level" in ('friendly','first','second','third','fourth','final'))
);
--> statement-breakpoint
CREATE TABLE `sent_reminder_invoices` (
	`reminder_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`open_amount` integer NOT NULL,
	PRIMARY KEY(`reminder_id`, `document_id`),
	FOREIGN KEY (`reminder_id`) REFERENCES `sent_reminders`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `sent_reminder_invoices_document_idx` ON `sent_reminder_invoices` (`document_id`);--> statement-breakpoint
CREATE TABLE `sent_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`level` text NOT NULL,
	`channel` text NOT NULL,
	`sent_on` text NOT NULL,
	`amount` integer NOT NULL,
	`follow_up_id` integer,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "sent_reminders_level" CHECK("sent_reminders"."level" in ('friendly','first','second','third','fourth','final')),
	CONSTRAINT "sent_reminders_channel" CHECK("sent_reminders"."channel" in ('email','whatsapp','letter')),
	CONSTRAINT "sent_reminders_amount" CHECK("sent_reminders"."amount" >= 0)
);
--> statement-breakpoint
CREATE INDEX `sent_reminders_customer_idx` ON `sent_reminders` (`customer_id`,`sent_on`);--> statement-breakpoint
-- A sent reminder is a record of what went out: never deleted, never rewritten.
CREATE TRIGGER `sent_reminders_no_delete` BEFORE DELETE ON `sent_reminders`
BEGIN
  SELECT RAISE(ABORT, 'A sent reminder is never deleted: it went out');
END;
--> statement-breakpoint
CREATE TRIGGER `sent_reminders_no_update` BEFORE UPDATE ON `sent_reminders`
BEGIN
  SELECT RAISE(ABORT, 'A sent reminder cannot be changed: it went out');
END;
--> statement-breakpoint
CREATE TRIGGER `sent_reminder_invoices_no_delete` BEFORE DELETE ON `sent_reminder_invoices`
BEGIN
  SELECT RAISE(ABORT, 'The invoices a sent reminder listed are never removed');
END;
--> statement-breakpoint
CREATE TRIGGER `sent_reminder_invoices_no_update` BEFORE UPDATE ON `sent_reminder_invoices`
BEGIN
  SELECT RAISE(ABORT, 'The invoices a sent reminder listed are never changed');
END;
