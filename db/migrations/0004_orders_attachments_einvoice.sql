CREATE TABLE `attachment_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`sha256`) REFERENCES `attachments`(`sha256`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "attachment_links_owner" CHECK("attachment_links"."owner_kind" in ('order','document'))
);
--> statement-breakpoint
CREATE INDEX `attachment_links_owner_idx` ON `attachment_links` (`owner_kind`,`owner_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`mime_type` text NOT NULL,
	`stored_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `e_invoices` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`irn` text NOT NULL,
	`ack_number` text NOT NULL,
	`ack_date` text NOT NULL,
	`signed_qr` text NOT NULL,
	`signed_invoice` text,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `e_invoices_irn_unique` ON `e_invoices` (`irn`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`position` integer NOT NULL,
	`item_id` integer,
	`description` text NOT NULL,
	`hsn_sac` text NOT NULL,
	`unit` text NOT NULL,
	`quantity_milli` integer NOT NULL,
	`rate` integer NOT NULL,
	`discount_bps` integer,
	`discount_amount` integer,
	`gst_rate_bps` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "order_lines_qty" CHECK("order_lines"."quantity_milli" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_lines_position` ON `order_lines` (`order_id`,`position`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`number` text NOT NULL,
	`customer_id` integer NOT NULL,
	`date` text NOT NULL,
	`valid_until` text,
	`customer_reference` text,
	`approved_on` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "orders_kind" CHECK("orders"."kind" in ('estimate','sales_order')),
	CONSTRAINT "orders_status" CHECK("orders"."status" in ('draft','sent','approved','rejected','open','invoiced','closed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_kind_number_unique` ON `orders` (`kind`,`number`);--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`,`status`);--> statement-breakpoint
ALTER TABLE `document_lines` ADD `order_line_id` integer REFERENCES order_lines(id);