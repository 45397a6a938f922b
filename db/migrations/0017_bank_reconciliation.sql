CREATE TABLE `bank_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`alias` text NOT NULL,
	`learnt_from_match_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`learnt_from_match_id`) REFERENCES `bank_matches`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "bank_aliases_alias" CHECK(length("bank_aliases"."alias") >= 3)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_aliases_alias_unique` ON `bank_aliases` (`alias`);--> statement-breakpoint
CREATE INDEX `bank_aliases_customer_idx` ON `bank_aliases` (`customer_id`);--> statement-breakpoint
CREATE TABLE `bank_matches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`line_id` integer NOT NULL,
	`receipt_id` integer NOT NULL,
	`score` integer NOT NULL,
	`reasons` text NOT NULL,
	`matched_by` text NOT NULL,
	`matched_at` text NOT NULL,
	`unmatched_at` text,
	`unmatched_by` text,
	`unmatch_reason` text,
	FOREIGN KEY (`line_id`) REFERENCES `bank_statement_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`receipt_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "bank_matches_score" CHECK("bank_matches"."score" between 0 and 100),
	CONSTRAINT "bank_matches_unmatched" CHECK(("bank_matches"."unmatched_at" is null and "bank_matches"."unmatched_by" is null and "bank_matches"."unmatch_reason" is null) or ("bank_matches"."unmatched_at" is not null and "bank_matches"."unmatched_by" is not null and length(trim("bank_matches"."unmatch_reason")) > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_matches_line_live` ON `bank_matches` (`line_id`) WHERE unmatched_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX `bank_matches_receipt_live` ON `bank_matches` (`receipt_id`) WHERE unmatched_at is null;--> statement-breakpoint
CREATE INDEX `bank_matches_receipt_idx` ON `bank_matches` (`receipt_id`);--> statement-breakpoint
CREATE TABLE `bank_statement_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank_account_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`preset` text,
	`opening_balance` integer,
	`closing_balance` integer,
	`from_date` text,
	`to_date` text,
	`lines_read` integer NOT NULL,
	`lines_new` integer NOT NULL,
	`imported_by` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "bank_statement_imports_format" CHECK("bank_statement_imports"."format" in ('csv','xlsx','mt940','camt053')),
	CONSTRAINT "bank_statement_imports_counts" CHECK("bank_statement_imports"."lines_new" >= 0 and "bank_statement_imports"."lines_new" <= "bank_statement_imports"."lines_read")
);
--> statement-breakpoint
CREATE INDEX `bank_statement_imports_account_idx` ON `bank_statement_imports` (`bank_account_id`,`imported_at`);--> statement-breakpoint
CREATE TABLE `bank_statement_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`bank_account_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`date` text NOT NULL,
	`narration` text NOT NULL,
	`reference` text NOT NULL,
	`direction` text NOT NULL,
	`amount` integer NOT NULL,
	`balance` integer,
	`fingerprint` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `bank_statement_imports`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "bank_statement_lines_direction" CHECK("bank_statement_lines"."direction" in ('credit','debit')),
	CONSTRAINT "bank_statement_lines_amount" CHECK("bank_statement_lines"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_statement_lines_fingerprint_unique` ON `bank_statement_lines` (`bank_account_id`,`fingerprint`);--> statement-breakpoint
CREATE INDEX `bank_statement_lines_account_date_idx` ON `bank_statement_lines` (`bank_account_id`,`date`);--> statement-breakpoint
CREATE INDEX `bank_statement_lines_import_idx` ON `bank_statement_lines` (`import_id`);--> statement-breakpoint
CREATE TABLE `bank_statement_mappings` (
	`bank_account_id` integer PRIMARY KEY NOT NULL,
	`mapping` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
-- A statement line is what the bank said: never rewritten, never removed. So is its import.
CREATE TRIGGER `bank_statement_lines_no_update` BEFORE UPDATE ON `bank_statement_lines`
BEGIN
  SELECT RAISE(ABORT, 'A bank statement line is never changed');
END;
--> statement-breakpoint
CREATE TRIGGER `bank_statement_lines_no_delete` BEFORE DELETE ON `bank_statement_lines`
BEGIN
  SELECT RAISE(ABORT, 'A bank statement line is never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `bank_statement_imports_no_update` BEFORE UPDATE ON `bank_statement_imports`
BEGIN
  SELECT RAISE(ABORT, 'A bank statement import is never changed');
END;
--> statement-breakpoint
CREATE TRIGGER `bank_statement_imports_no_delete` BEFORE DELETE ON `bank_statement_imports`
BEGIN
  SELECT RAISE(ABORT, 'A bank statement import is never deleted');
END;
--> statement-breakpoint
-- A match ties a credit line to an issued receipt into the same bank account, for the same money.
CREATE TRIGGER `bank_matches_valid` BEFORE INSERT ON `bank_matches`
WHEN NOT EXISTS (
  SELECT 1 FROM bank_statement_lines l
  JOIN receipt_details r ON r.document_id = NEW.receipt_id
  JOIN documents d ON d.id = r.document_id
  WHERE l.id = NEW.line_id AND l.direction = 'credit' AND d.kind = 'receipt'
    AND d.status = 'issued' AND r.bank_account_id = l.bank_account_id
    AND r.amount - r.bank_charges = l.amount
)
BEGIN
  SELECT RAISE(ABORT, 'A bank line matches only an issued receipt into the same bank account for the same amount');
END;
--> statement-breakpoint
CREATE TRIGGER `bank_matches_no_delete` BEFORE DELETE ON `bank_matches`
BEGIN
  SELECT RAISE(ABORT, 'A bank match is never deleted: un-match it with a reason');
END;
--> statement-breakpoint
CREATE TRIGGER `bank_matches_only_unmatch` BEFORE UPDATE ON `bank_matches`
WHEN OLD.`unmatched_at` IS NOT NULL
  OR NEW.`line_id` IS NOT OLD.`line_id` OR NEW.`receipt_id` IS NOT OLD.`receipt_id`
  OR NEW.`score` IS NOT OLD.`score` OR NEW.`reasons` IS NOT OLD.`reasons`
  OR NEW.`matched_by` IS NOT OLD.`matched_by` OR NEW.`matched_at` IS NOT OLD.`matched_at`
BEGIN
  SELECT RAISE(ABORT, 'A bank match cannot be changed: un-match it with a reason and match again');
END;
