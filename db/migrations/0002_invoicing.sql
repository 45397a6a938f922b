CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`system_key` text,
	CONSTRAINT "accounts_type" CHECK("accounts"."type" in ('asset','liability','income','expense','equity'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_unique` ON `accounts` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_system_key_unique` ON `accounts` (`system_key`);--> statement-breakpoint
CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`credit_document_id` integer NOT NULL,
	`debit_document_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`date` text NOT NULL,
	`reverses_id` integer,
	`reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`credit_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`debit_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reverses_id`) REFERENCES `allocations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "allocations_nonzero" CHECK("allocations"."amount" <> 0),
	CONSTRAINT "allocations_reversal" CHECK(("allocations"."amount" > 0) = ("allocations"."reverses_id" is null))
);
--> statement-breakpoint
CREATE INDEX `allocations_debit_idx` ON `allocations` (`debit_document_id`,`date`);--> statement-breakpoint
CREATE INDEX `allocations_credit_idx` ON `allocations` (`credit_document_id`,`date`);--> statement-breakpoint
CREATE TABLE `document_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`position` integer NOT NULL,
	`item_id` integer,
	`description` text NOT NULL,
	`hsn_sac` text NOT NULL,
	`unit` text NOT NULL,
	`quantity_milli` integer NOT NULL,
	`rate` integer NOT NULL,
	`discount_bps` integer,
	`discount_amount` integer,
	`gross` integer NOT NULL,
	`discount` integer NOT NULL,
	`taxable` integer NOT NULL,
	`gst_rate_bps` integer NOT NULL,
	`cgst` integer NOT NULL,
	`sgst` integer NOT NULL,
	`igst` integer NOT NULL,
	`total` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "document_lines_qty" CHECK("document_lines"."quantity_milli" > 0),
	CONSTRAINT "document_lines_taxable" CHECK("document_lines"."taxable" = "document_lines"."gross" - "document_lines"."discount")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_lines_position` ON `document_lines` (`document_id`,`position`);--> statement-breakpoint
CREATE TABLE `document_references` (
	`document_id` integer NOT NULL,
	`referenced_id` integer NOT NULL,
	PRIMARY KEY(`document_id`, `referenced_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`referenced_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`number` text,
	`series_id` integer,
	`customer_id` integer NOT NULL,
	`date` text NOT NULL,
	`due_date` text,
	`place_of_supply` text NOT NULL,
	`intra_state` integer NOT NULL,
	`reverse_charge` integer DEFAULT false NOT NULL,
	`round_off_enabled` integer DEFAULT true NOT NULL,
	`reference` text,
	`notes` text,
	`reason` text,
	`bill_to_json` text NOT NULL,
	`ship_to_json` text,
	`taxable` integer DEFAULT 0 NOT NULL,
	`cgst` integer DEFAULT 0 NOT NULL,
	`sgst` integer DEFAULT 0 NOT NULL,
	`igst` integer DEFAULT 0 NOT NULL,
	`round_off_amount` integer DEFAULT 0 NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`open_balance` integer DEFAULT 0 NOT NULL,
	`settled_on` text,
	`issued_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "documents_kind" CHECK("documents"."kind" in ('invoice','credit_note','debit_note','opening_invoice')),
	CONSTRAINT "documents_status" CHECK("documents"."status" in ('draft','issued')),
	CONSTRAINT "documents_issued_numbered" CHECK("documents"."status" = 'draft' or "documents"."number" is not null),
	CONSTRAINT "documents_open_range" CHECK("documents"."open_balance" between 0 and "documents"."total")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_kind_number_unique` ON `documents` (`kind`,`number`);--> statement-breakpoint
CREATE INDEX `documents_customer_idx` ON `documents` (`customer_id`,`date`);--> statement-breakpoint
CREATE INDEX `documents_open_idx` ON `documents` (`customer_id`) WHERE "documents"."open_balance" <> 0;--> statement-breakpoint
CREATE TABLE `series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`financial_year` text NOT NULL,
	`prefix` text NOT NULL,
	`next_number` integer DEFAULT 1 NOT NULL,
	`digits` integer DEFAULT 4 NOT NULL,
	CONSTRAINT "series_next" CHECK("series"."next_number" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `series_kind_year_unique` ON `series` (`kind`,`financial_year`);--> statement-breakpoint
CREATE TABLE `item_gst_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`gst_rate_bps` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "item_gst_rates_range" CHECK("item_gst_rates"."gst_rate_bps" between 0 and 10000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_gst_rates_unique` ON `item_gst_rates` (`item_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`hsn_sac` text NOT NULL,
	`unit` text NOT NULL,
	`default_rate` integer DEFAULT 0 NOT NULL,
	`description` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "items_kind" CHECK("items"."kind" in ('goods','services')),
	CONSTRAINT "items_rate" CHECK("items"."default_rate" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_name_unique` ON `items` ("name" collate nocase);--> statement-breakpoint
CREATE INDEX `items_hsn_idx` ON `items` (`hsn_sac`);--> statement-breakpoint
CREATE TABLE `journal_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`journal_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`customer_id` integer,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`journal_id`) REFERENCES `journals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "journal_lines_one_side" CHECK("journal_lines"."debit" >= 0 and "journal_lines"."credit" >= 0 and ("journal_lines"."debit" = 0) <> ("journal_lines"."credit" = 0))
);
--> statement-breakpoint
CREATE INDEX `journal_lines_journal_idx` ON `journal_lines` (`journal_id`);--> statement-breakpoint
CREATE INDEX `journal_lines_account_idx` ON `journal_lines` (`account_id`,`customer_id`);--> statement-breakpoint
CREATE TABLE `journals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`document_id` integer,
	`narration` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `journals_date_idx` ON `journals` (`date`);--> statement-breakpoint
CREATE INDEX `journals_document_idx` ON `journals` (`document_id`);--> statement-breakpoint
ALTER TABLE `company` ADD `credit_check` text DEFAULT 'warn' NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `on_hold` integer DEFAULT false NOT NULL;