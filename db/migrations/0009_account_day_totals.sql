CREATE TABLE `account_day_totals` (
	`account_id` integer NOT NULL,
	`date` text NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`account_id`, `date`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
-- Kept by the ledger itself, so no command can post a line and forget the total.
CREATE TRIGGER `journal_lines_day_totals` AFTER INSERT ON `journal_lines`
BEGIN
  INSERT INTO `account_day_totals` (`account_id`, `date`, `debit`, `credit`)
    VALUES (NEW.`account_id`, (SELECT `date` FROM `journals` WHERE `id` = NEW.`journal_id`), NEW.`debit`, NEW.`credit`)
    ON CONFLICT (`account_id`, `date`) DO UPDATE SET
      `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
INSERT INTO `account_day_totals` (`account_id`, `date`, `debit`, `credit`)
  SELECT l.`account_id`, j.`date`, sum(l.`debit`), sum(l.`credit`)
  FROM `journal_lines` l JOIN `journals` j ON j.`id` = l.`journal_id`
  GROUP BY l.`account_id`, j.`date`;
