// Every table of the ledger; drizzle-kit reads this file to generate migrations.
export * from './accounts/schema';
export * from './allocations/schema';
export * from './attachments/schema';
export * from './audit/schema';
export * from './company/schema';
export * from './customers/schema';
export * from './einvoice/schema';
export * from './invoices/schema';
export * from './items/schema';
export * from './journal/schema';
export * from './orders/schema';
export * from './receipts/schema';
export * from './disputes/schema';
export * from './promises/schema';
export * from './follow-ups/schema';
export * from './reminders/schema';
export * from './credit/schema';
