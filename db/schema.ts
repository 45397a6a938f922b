// Every table of the ledger; drizzle-kit reads this file to generate migrations.
export * from './audit/schema';
export * from './company/schema';
export * from './customers/schema';
