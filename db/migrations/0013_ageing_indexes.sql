DROP INDEX `allocations_debit_idx`;--> statement-breakpoint
DROP INDEX `allocations_credit_idx`;--> statement-breakpoint
CREATE INDEX `allocations_debit_idx` ON `allocations` (`debit_document_id`,`date`,`amount`);--> statement-breakpoint
CREATE INDEX `allocations_credit_idx` ON `allocations` (`credit_document_id`,`date`,`amount`);--> statement-breakpoint
DROP INDEX `documents_open_idx`;--> statement-breakpoint
CREATE INDEX `documents_settled_idx` ON `documents` (`settled_on`,`date`,`customer_id`,`kind`,`due_date`,`open_balance`) WHERE "documents"."settled_on" is not null;--> statement-breakpoint
CREATE INDEX `documents_open_idx` ON `documents` (`customer_id`,`kind`,`due_date`,`date`,`open_balance`) WHERE "documents"."open_balance" <> 0;