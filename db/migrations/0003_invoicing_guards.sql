-- The default chart of accounts: Bahi posts by system_key; the user may rename any of them.
INSERT INTO `accounts` (`code`, `name`, `type`, `system_key`) VALUES
  ('1200', 'Sundry Debtors (Accounts Receivable)', 'asset', 'AR'),
  ('4000', 'Sales', 'income', 'SALES'),
  ('2310', 'Output CGST', 'liability', 'OUTPUT_CGST'),
  ('2320', 'Output SGST', 'liability', 'OUTPUT_SGST'),
  ('2330', 'Output IGST', 'liability', 'OUTPUT_IGST'),
  ('4900', 'Round Off', 'income', 'ROUND_OFF'),
  ('3900', 'Opening Balances', 'equity', 'OPENING');
--> statement-breakpoint
-- Issued documents never change: corrections are credit and debit notes. Only the
-- open-balance cache (open_balance, settled_on) may move as allocations are made.
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
CREATE TRIGGER `document_lines_issued_no_insert` BEFORE INSERT ON `document_lines`
WHEN (SELECT `status` FROM `documents` WHERE `id` = NEW.`document_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an issued document cannot be changed: raise a credit or debit note');
END;
--> statement-breakpoint
CREATE TRIGGER `document_lines_issued_no_update` BEFORE UPDATE ON `document_lines`
WHEN (SELECT `status` FROM `documents` WHERE `id` = OLD.`document_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an issued document cannot be changed: raise a credit or debit note');
END;
--> statement-breakpoint
CREATE TRIGGER `document_lines_issued_no_delete` BEFORE DELETE ON `document_lines`
WHEN (SELECT `status` FROM `documents` WHERE `id` = OLD.`document_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an issued document cannot be changed: raise a credit or debit note');
END;
--> statement-breakpoint
CREATE TRIGGER `document_references_issued_no_change` BEFORE DELETE ON `document_references`
WHEN (SELECT `status` FROM `documents` WHERE `id` = OLD.`document_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an issued document cannot be changed: raise a credit or debit note');
END;
--> statement-breakpoint
-- The journal and allocations are append-only: mistakes are reversed by new rows.
CREATE TRIGGER `journals_no_update` BEFORE UPDATE ON `journals`
BEGIN
  SELECT RAISE(ABORT, 'the journal is append-only: post a reversing entry');
END;
--> statement-breakpoint
CREATE TRIGGER `journals_no_delete` BEFORE DELETE ON `journals`
BEGIN
  SELECT RAISE(ABORT, 'the journal is append-only: post a reversing entry');
END;
--> statement-breakpoint
CREATE TRIGGER `journal_lines_no_update` BEFORE UPDATE ON `journal_lines`
BEGIN
  SELECT RAISE(ABORT, 'the journal is append-only: post a reversing entry');
END;
--> statement-breakpoint
CREATE TRIGGER `journal_lines_no_delete` BEFORE DELETE ON `journal_lines`
BEGIN
  SELECT RAISE(ABORT, 'the journal is append-only: post a reversing entry');
END;
--> statement-breakpoint
CREATE TRIGGER `allocations_no_update` BEFORE UPDATE ON `allocations`
BEGIN
  SELECT RAISE(ABORT, 'allocations are append-only: add a reversing allocation');
END;
--> statement-breakpoint
CREATE TRIGGER `allocations_no_delete` BEFORE DELETE ON `allocations`
BEGIN
  SELECT RAISE(ABORT, 'allocations are append-only: add a reversing allocation');
END;
