-- An IRN, once registered for a document, is a fact of the GST system: it never changes here.
CREATE TRIGGER `e_invoices_no_update` BEFORE UPDATE ON `e_invoices`
BEGIN
  SELECT RAISE(ABORT, 'an imported e-invoice registration cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `e_invoices_no_delete` BEFORE DELETE ON `e_invoices`
BEGIN
  SELECT RAISE(ABORT, 'an imported e-invoice registration cannot be deleted');
END;
--> statement-breakpoint
-- Attachments of an issued document stay with it, like the document itself.
CREATE TRIGGER `attachment_links_issued_no_delete` BEFORE DELETE ON `attachment_links`
WHEN OLD.`owner_kind` = 'document'
  AND (SELECT `status` FROM `documents` WHERE `id` = OLD.`owner_id`) = 'issued'
BEGIN
  SELECT RAISE(ABORT, 'an attachment of an issued document cannot be removed');
END;
