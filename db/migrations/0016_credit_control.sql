CREATE TABLE `credit_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`document_id` integer,
	`order_id` integer,
	`outcome` text NOT NULL,
	`mode` text NOT NULL,
	`credit_limit` integer,
	`exposure_after` integer NOT NULL,
	`on_hold` integer NOT NULL,
	`problems` text NOT NULL,
	`approved_by` text,
	`reason` text,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "credit_exceptions_outcome" CHECK("credit_exceptions"."outcome" in ('warned','overridden')),
	CONSTRAINT "credit_exceptions_subject" CHECK(("credit_exceptions"."document_id" is null) <> ("credit_exceptions"."order_id" is null)),
	CONSTRAINT "credit_exceptions_override" CHECK("credit_exceptions"."outcome" = 'warned' or ("credit_exceptions"."approved_by" is not null and "credit_exceptions"."reason" is not null))
);
--> statement-breakpoint
CREATE INDEX `credit_exceptions_customer_idx` ON `credit_exceptions` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `credit_holds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`held_by` text NOT NULL,
	`reason` text NOT NULL,
	`released_on` text,
	`released_by` text,
	`release_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "credit_holds_release" CHECK(("credit_holds"."released_on" is null and "credit_holds"."released_by" is null and "credit_holds"."release_reason" is null) or ("credit_holds"."released_on" is not null and "credit_holds"."released_by" is not null and "credit_holds"."release_reason" is not null and "credit_holds"."released_on" >= "credit_holds"."held_on"))
);
--> statement-breakpoint
CREATE INDEX `credit_holds_customer_idx` ON `credit_holds` (`customer_id`,`held_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `credit_holds_one_open` ON `credit_holds` (`customer_id`) WHERE "credit_holds"."released_on" is null;--> statement-breakpoint
-- A hold is history: never deleted; the only change is its release, once, with who and why.
CREATE TRIGGER `credit_holds_no_delete` BEFORE DELETE ON `credit_holds`
BEGIN
  SELECT RAISE(ABORT, 'A credit hold is never deleted: release it with a reason instead');
END;
--> statement-breakpoint
CREATE TRIGGER `credit_holds_only_release` BEFORE UPDATE ON `credit_holds`
WHEN OLD.`released_on` IS NOT NULL
  OR NEW.`customer_id` IS NOT OLD.`customer_id` OR NEW.`held_on` IS NOT OLD.`held_on`
  OR NEW.`held_by` IS NOT OLD.`held_by` OR NEW.`reason` IS NOT OLD.`reason`
  OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
  SELECT RAISE(ABORT, 'A credit hold cannot be changed: release it and put a new hold on');
END;
--> statement-breakpoint
CREATE TRIGGER `credit_exceptions_no_delete` BEFORE DELETE ON `credit_exceptions`
BEGIN
  SELECT RAISE(ABORT, 'A credit warning or override is never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `credit_exceptions_no_update` BEFORE UPDATE ON `credit_exceptions`
BEGIN
  SELECT RAISE(ABORT, 'A credit warning or override is never changed');
END;
