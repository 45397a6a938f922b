CREATE TABLE `external_balances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`as_of` text NOT NULL,
	`customer_id` integer,
	`party_name` text NOT NULL,
	`balance` integer NOT NULL,
	`matched_by` text,
	`file_name` text,
	`line` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "external_balances_matched" CHECK(("external_balances"."customer_id" is null) = ("external_balances"."matched_by" is null)),
	CONSTRAINT "external_balances_party" CHECK(length(trim("external_balances"."party_name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `external_balances_customer_unique` ON `external_balances` (`source`,`as_of`,`customer_id`) WHERE "external_balances"."customer_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `external_balances_party_unique` ON `external_balances` (`source`,`as_of`,`party_name`) WHERE "external_balances"."customer_id" is null;--> statement-breakpoint
CREATE INDEX `external_balances_customer_idx` ON `external_balances` (`customer_id`);