CREATE TABLE `payment_plan_instalments` (
	`plan_id` integer NOT NULL,
	`position` integer NOT NULL,
	`document_id` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `position`),
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "payment_plan_instalments_position" CHECK("payment_plan_instalments"."position" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_plan_instalments_document_unique` ON `payment_plan_instalments` (`document_id`);--> statement-breakpoint
CREATE TABLE `payment_plan_items` (
	`plan_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`amount` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `document_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "payment_plan_items_amount" CHECK("payment_plan_items"."amount" > 0)
);
--> statement-breakpoint
CREATE INDEX `payment_plan_items_document_idx` ON `payment_plan_items` (`document_id`);--> statement-breakpoint
CREATE TABLE `payment_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`plan_on` text NOT NULL,
	`amount` integer NOT NULL,
	`frequency` text NOT NULL,
	`notes` text,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "payment_plans_amount" CHECK("payment_plans"."amount" > 0),
	CONSTRAINT "payment_plans_frequency" CHECK("payment_plans"."frequency" in ('weekly','monthly','custom')),
	CONSTRAINT "payment_plans_cancelled" CHECK(("payment_plans"."cancelled_on" is null and "payment_plans"."cancel_reason" is null) or ("payment_plans"."cancelled_on" is not null and "payment_plans"."cancel_reason" is not null and "payment_plans"."cancelled_on" >= "payment_plans"."plan_on"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_plans_document_unique` ON `payment_plans` (`document_id`);--> statement-breakpoint
CREATE INDEX `payment_plans_customer_idx` ON `payment_plans` (`customer_id`,`plan_on`);--> statement-breakpoint
-- An instalment is owed like an invoice; the plan's own document settles the invoices it took
-- over, as a credit note would, so every report sees both as ordinary open items.
INSERT INTO `document_kinds` (`kind`, `side`, `label`) VALUES
  ('instalment', 'debit', 'Instalment'),
  ('payment_plan', 'credit', 'Payment plan');
--> statement-breakpoint
-- Each instalment and the plan post their own journal (so each document's journal carries its
-- total); the other side of each is this account, which the plan as a whole leaves at zero.
INSERT INTO `accounts` (`code`, `name`, `type`, `system_key`) VALUES
  ('1290', 'Payment Plans Clearing', 'asset', 'PLAN_CLEARING');
--> statement-breakpoint
-- A plan is a record of what was agreed: never deleted, never rewritten; the only change is
-- cancelling it once, with the date and a reason.
CREATE TRIGGER `payment_plans_no_delete` BEFORE DELETE ON `payment_plans`
BEGIN
  SELECT RAISE(ABORT, 'A payment plan is never deleted: cancel it with a reason instead');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plans_only_cancel` BEFORE UPDATE ON `payment_plans`
WHEN OLD.`cancelled_on` IS NOT NULL
  OR NEW.`document_id` IS NOT OLD.`document_id` OR NEW.`customer_id` IS NOT OLD.`customer_id`
  OR NEW.`plan_on` IS NOT OLD.`plan_on` OR NEW.`amount` IS NOT OLD.`amount`
  OR NEW.`frequency` IS NOT OLD.`frequency` OR NEW.`notes` IS NOT OLD.`notes`
  OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
  SELECT RAISE(ABORT, 'A payment plan cannot be changed: cancel it and make a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plan_instalments_no_delete` BEFORE DELETE ON `payment_plan_instalments`
BEGIN
  SELECT RAISE(ABORT, 'The instalments of a payment plan are never removed');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plan_instalments_no_update` BEFORE UPDATE ON `payment_plan_instalments`
BEGIN
  SELECT RAISE(ABORT, 'The instalments of a payment plan are never changed');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plan_items_no_delete` BEFORE DELETE ON `payment_plan_items`
BEGIN
  SELECT RAISE(ABORT, 'The items a payment plan took over are never removed');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plan_items_no_update` BEFORE UPDATE ON `payment_plan_items`
BEGIN
  SELECT RAISE(ABORT, 'The items a payment plan took over are never changed');
END;
