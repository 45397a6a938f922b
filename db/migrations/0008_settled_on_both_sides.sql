-- Credit items (receipts, credit notes, write-offs) now keep the date they were fully used, as
-- debit items always have: ageing as of a past date skips both the same way.
UPDATE `documents` SET `settled_on` = CASE WHEN `open_balance` = 0 THEN
    (SELECT max(`date`) FROM `allocations` a WHERE a.`credit_document_id` = `documents`.`id` OR a.`debit_document_id` = `documents`.`id`)
  END
WHERE `status` = 'issued';
