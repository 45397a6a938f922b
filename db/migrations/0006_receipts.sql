CREATE TABLE `document_kinds` (
	`kind` text PRIMARY KEY NOT NULL,
	`side` text NOT NULL,
	`label` text NOT NULL,
	CONSTRAINT "document_kinds_side" CHECK("document_kinds"."side" in ('debit','credit'))
);
--> statement-breakpoint
INSERT INTO `document_kinds` (`kind`, `side`, `label`) VALUES
  ('invoice', 'debit', 'Invoice'),
  ('debit_note', 'debit', 'Debit note'),
  ('opening_invoice', 'debit', 'Opening invoice'),
  ('refund', 'debit', 'Refund'),
  ('cheque_return', 'debit', 'Cheque returned'),
  ('credit_note', 'credit', 'Credit note'),
  ('receipt', 'credit', 'Receipt'),
  ('write_off', 'credit', 'Write-off');
--> statement-breakpoint
CREATE TABLE `bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`bank_name` text,
	`account_number` text,
	`ifsc` text,
	`account_id` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "bank_accounts_kind" CHECK("bank_accounts"."kind" in ('bank','cash'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_accounts_name_unique` ON `bank_accounts` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `bank_accounts_account_unique` ON `bank_accounts` (`account_id`);--> statement-breakpoint
CREATE TABLE `cheque_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`event` text NOT NULL,
	`date` text NOT NULL,
	`reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "cheque_events_event" CHECK("cheque_events"."event" in ('deposited','cleared','bounced'))
);
--> statement-breakpoint
CREATE INDEX `cheque_events_document_idx` ON `cheque_events` (`document_id`);--> statement-breakpoint
CREATE TABLE `receipt_details` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`bank_account_id` integer NOT NULL,
	`instrument_number` text,
	`instrument_date` text,
	`drawee_bank` text,
	`amount` integer NOT NULL,
	`tds_amount` integer DEFAULT 0 NOT NULL,
	`tds_section` text,
	`tds_rate_bps` integer,
	`bank_charges` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "receipt_details_mode" CHECK("receipt_details"."mode" in ('cheque','neft','rtgs','imps','upi','card','cash','other')),
	CONSTRAINT "receipt_details_amount" CHECK("receipt_details"."amount" > 0),
	CONSTRAINT "receipt_details_tds" CHECK("receipt_details"."tds_amount" >= 0),
	CONSTRAINT "receipt_details_charges" CHECK("receipt_details"."bank_charges" >= 0 and "receipt_details"."bank_charges" < "receipt_details"."amount")
);
--> statement-breakpoint
CREATE INDEX `receipt_details_instrument_idx` ON `receipt_details` (`instrument_number`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_documents` (
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
	FOREIGN KEY (`kind`) REFERENCES `document_kinds`(`kind`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "documents_status" CHECK("status" in ('draft','issued')),
	CONSTRAINT "documents_issued_numbered" CHECK("status" = 'draft' or "number" is not null),
	CONSTRAINT "documents_open_range" CHECK("open_balance" between 0 and "total")
);
--> statement-breakpoint
INSERT INTO `__new_documents`("id", "kind", "status", "number", "series_id", "customer_id", "date", "due_date", "place_of_supply", "intra_state", "reverse_charge", "round_off_enabled", "reference", "notes", "reason", "bill_to_json", "ship_to_json", "taxable", "cgst", "sgst", "igst", "round_off_amount", "total", "open_balance", "settled_on", "issued_at", "created_at", "updated_at") SELECT "id", "kind", "status", "number", "series_id", "customer_id", "date", "due_date", "place_of_supply", "intra_state", "reverse_charge", "round_off_enabled", "reference", "notes", "reason", "bill_to_json", "ship_to_json", "taxable", "cgst", "sgst", "igst", "round_off_amount", "total", "open_balance", "settled_on", "issued_at", "created_at", "updated_at" FROM `documents`;--> statement-breakpoint
DROP TABLE `documents`;--> statement-breakpoint
-- Triggers on document_lines and others name `documents`, which is briefly missing: rename the
-- legacy way so SQLite does not re-check them mid-rebuild (they are valid again once renamed).
PRAGMA legacy_alter_table=ON;--> statement-breakpoint
ALTER TABLE `__new_documents` RENAME TO `documents`;--> statement-breakpoint
PRAGMA legacy_alter_table=OFF;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `documents_kind_number_unique` ON `documents` (`kind`,`number`);--> statement-breakpoint
CREATE INDEX `documents_customer_idx` ON `documents` (`customer_id`,`date`);--> statement-breakpoint
CREATE INDEX `documents_open_idx` ON `documents` (`customer_id`) WHERE "documents"."open_balance" <> 0;--> statement-breakpoint
-- The rebuild above dropped the documents triggers; they come back unchanged.
CREATE TRIGGER `documents_issued_no_update`
BEFORE UPDATE OF `kind`, `status`, `number`, `series_id`, `customer_id`, `date`, `due_date`,
  `place_of_supply`, `intra_state`, `reverse_charge`, `round_off_enabled`, `reference`, `notes`,
  `reason`, `bill_to_json`, `ship_to_json`, `taxable`, `cgst`, `sgst`, `igst`, `round_off_amount`,
  `total`, `issued_at`, `created_at`
ON `documents` WHEN OLD.`status` = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an issued document cannot be changed: raise a credit or debit note');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_issued_no_delete` BEFORE DELETE ON `documents` WHEN OLD.`status` = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an issued document cannot be deleted: raise a credit note');
END;
--> statement-breakpoint
CREATE TRIGGER `receipt_details_issued_no_update` BEFORE UPDATE ON `receipt_details`
WHEN (SELECT `status` FROM `documents` WHERE `id` = OLD.`document_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'a recorded receipt cannot be changed: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `receipt_details_issued_no_delete` BEFORE DELETE ON `receipt_details`
WHEN (SELECT `status` FROM `documents` WHERE `id` = OLD.`document_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'a recorded receipt cannot be changed: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `cheque_events_no_update` BEFORE UPDATE ON `cheque_events`
BEGIN
  SELECT RAISE(ABORT, 'the cheque register is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `cheque_events_no_delete` BEFORE DELETE ON `cheque_events`
BEGIN
  SELECT RAISE(ABORT, 'the cheque register is append-only');
END;
--> statement-breakpoint
-- Accounts the receipts post to; bank accounts get their own as they are added.
INSERT INTO `accounts` (`code`, `name`, `type`, `system_key`) VALUES
  ('1100', 'Cash in Hand', 'asset', 'CASH'),
  ('1310', 'TDS Receivable', 'asset', 'TDS_RECEIVABLE'),
  ('6110', 'Bank Charges', 'expense', 'BANK_CHARGES'),
  ('6210', 'Sundry Balances Written Off', 'expense', 'SMALL_BALANCES'),
  ('6220', 'Bad Debts', 'expense', 'BAD_DEBTS');
--> statement-breakpoint
INSERT INTO `bank_accounts` (`name`, `kind`, `account_id`, `created_at`)
  SELECT 'Cash in Hand', 'cash', `id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `accounts` WHERE `system_key` = 'CASH';
