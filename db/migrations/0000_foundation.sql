CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`command` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before_json` text,
	`after_json` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_hash_unique` ON `audit_log` (`hash`);--> statement-breakpoint
CREATE TABLE `company` (
	`id` integer PRIMARY KEY NOT NULL,
	`legal_name` text NOT NULL,
	`trade_name` text,
	`address_line1` text,
	`address_line2` text,
	`city` text,
	`pincode` text,
	`state_code` text NOT NULL,
	`gstin` text,
	`pan` text,
	`email` text,
	`phone` text,
	`bank_account_name` text,
	`bank_name` text,
	`bank_branch` text,
	`bank_account_number` text,
	`bank_ifsc` text,
	`fy_start_month` integer DEFAULT 4 NOT NULL,
	`logo` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "company_single_row" CHECK("company"."id" = 1),
	CONSTRAINT "company_fy_month" CHECK("company"."fy_start_month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE `customer_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`designation` text,
	`email` text,
	`phone` text,
	`whatsapp` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `customer_contacts_customer_idx` ON `customer_contacts` (`customer_id`,`position`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`gstin` text,
	`pan` text,
	`state_code` text NOT NULL,
	`email` text,
	`phone` text,
	`whatsapp` text,
	`payment_terms_days` integer DEFAULT 30 NOT NULL,
	`credit_limit` integer,
	`billing_line1` text,
	`billing_line2` text,
	`billing_city` text,
	`billing_pincode` text,
	`billing_state_code` text,
	`shipping_line1` text,
	`shipping_line2` text,
	`shipping_city` text,
	`shipping_pincode` text,
	`shipping_state_code` text,
	`has_shipping_address` integer DEFAULT false NOT NULL,
	`customer_group` text,
	`salesperson` text,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "customers_terms" CHECK("customers"."payment_terms_days" between 0 and 365),
	CONSTRAINT "customers_credit_limit" CHECK("customers"."credit_limit" is null or "customers"."credit_limit" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_code_unique` ON `customers` ("code" collate nocase);--> statement-breakpoint
CREATE INDEX `customers_name_idx` ON `customers` ("name" collate nocase);--> statement-breakpoint
CREATE INDEX `customers_gstin_idx` ON `customers` (`gstin`);