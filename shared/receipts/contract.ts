import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, ifscField, optionalText, paiseField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';

export const RECEIPT_MODES = [
  'cheque',
  'neft',
  'rtgs',
  'imps',
  'upi',
  'card',
  'cash',
  'other',
] as const;
export type ReceiptMode = (typeof RECEIPT_MODES)[number];
export const MODE_LABELS: Record<ReceiptMode, string> = {
  cheque: 'Cheque',
  neft: 'NEFT',
  rtgs: 'RTGS',
  imps: 'IMPS',
  upi: 'UPI',
  card: 'Card',
  cash: 'Cash',
  other: 'Other',
};

/** Section 269ST: no one may accept ₹2,00,000 or more in cash from a person in a day. */
export const CASH_LIMIT_PAISE = 2_00_000_00;

// ---- Bank accounts -------------------------------------------------------------------------

export const bankAccountInput = z.object({
  name: requiredText(60, 'Account name'),
  bankName: optionalText(100, 'Bank'),
  accountNumber: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v.replace(/\s+/g, '') : null))
    .refine((v) => v === null || /^\d{6,20}$/.test(v), 'Account number is 6 to 20 digits'),
  ifsc: ifscField,
  active: z.boolean().default(true),
});
export type BankAccountInput = z.input<typeof bankAccountInput>;

export const bankAccount = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['bank', 'cash']),
  bankName: z.string().nullable(),
  accountNumber: z.string().nullable(),
  ifsc: z.string().nullable(),
  accountCode: z.string(),
  accountName: z.string(),
  active: z.boolean(),
});
export type BankAccount = z.infer<typeof bankAccount>;

// ---- Receipts ------------------------------------------------------------------------------

const positivePaise = (label: string) =>
  paiseField(label).refine((v) => v > 0, `${label} must be more than zero`);

export const allocationInput = z.object({
  documentId: idField,
  amount: positivePaise('Allocated amount'),
});
export type AllocationInput = z.infer<typeof allocationInput>;

export const receiptInput = z
  .object({
    customerId: idField.refine(Boolean, 'Choose the customer'),
    date: isoDateField('Receipt date'),
    mode: z.enum(RECEIPT_MODES, { error: 'Choose how the money came (cheque, NEFT, UPI, …)' }),
    bankAccountId: z.number({ error: 'Choose the account the money went into' }).int().positive(),
    instrumentNumber: optionalText(40, 'Cheque number / UTR'),
    instrumentDate: isoDateField('Cheque date')
      .nullish()
      .transform((v) => v ?? null),
    draweeBank: optionalText(100, 'Drawee bank'),
    amount: positivePaise('Amount received'),
    tdsAmount: paiseField('TDS').default(0),
    tdsSection: optionalText(12, 'TDS section'),
    tdsRateBps: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .nullish()
      .transform((v) => v ?? null),
    bankCharges: paiseField('Bank charges').default(0),
    narration: optionalText(500, 'Narration'),
    allocations: z.array(allocationInput).max(1000).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'cheque') {
      if (!v.instrumentNumber || !/^\d{6}$/.test(v.instrumentNumber)) {
        ctx.addIssue({
          code: 'custom',
          path: ['instrumentNumber'],
          message: 'Enter the 6-digit cheque number',
        });
      }
      if (!v.instrumentDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['instrumentDate'],
          message: 'Enter the cheque date',
        });
      }
    }
    if (v.tdsAmount > 0 && !v.tdsSection) {
      ctx.addIssue({
        code: 'custom',
        path: ['tdsSection'],
        message: 'Say under which section the customer deducted TDS (e.g. 194C)',
      });
    }
    if (v.bankCharges >= v.amount) {
      ctx.addIssue({
        code: 'custom',
        path: ['bankCharges'],
        message: 'Bank charges must be less than the amount received',
      });
    }
    const ids = v.allocations.map((a) => a.documentId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['allocations'],
        message: 'Allocate to each invoice once',
      });
    }
    const allocated = v.allocations.reduce((s, a) => s + a.amount, 0);
    if (allocated > v.amount + v.tdsAmount) {
      ctx.addIssue({
        code: 'custom',
        path: ['allocations'],
        message: 'You have allocated more than the amount received plus TDS: reduce an allocation',
      });
    }
  });
export type ReceiptInput = z.input<typeof receiptInput>;
export type ReceiptValues = z.output<typeof receiptInput>;

export const CHEQUE_STATUSES = [
  'post_dated',
  'received',
  'deposited',
  'cleared',
  'bounced',
] as const;
export type ChequeStatus = (typeof CHEQUE_STATUSES)[number];

export const allocationRow = z.object({
  id: z.number().int(),
  creditId: z.number().int(),
  creditNumber: z.string(),
  creditKind: z.string(),
  debitId: z.number().int(),
  debitNumber: z.string(),
  debitKind: z.string(),
  date: z.string(),
  amount: z.number().int(),
  /** Set on a reversing row: why the allocation was undone. */
  reason: z.string().nullable(),
  reversesId: z.number().int().nullable(),
  /** A positive row that a later row has reversed. */
  reversed: z.boolean(),
});
export type AllocationRow = z.infer<typeof allocationRow>;

export const receipt = z.object({
  id: z.number().int(),
  status: z.enum(['draft', 'issued']),
  number: z.string().nullable(),
  date: z.string(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  mode: z.enum(RECEIPT_MODES),
  bankAccountId: z.number().int(),
  bankAccountName: z.string(),
  instrumentNumber: z.string().nullable(),
  instrumentDate: z.string().nullable(),
  draweeBank: z.string().nullable(),
  amount: z.number().int(),
  tdsAmount: z.number().int(),
  tdsSection: z.string().nullable(),
  tdsRateBps: z.number().int().nullable(),
  bankCharges: z.number().int(),
  /** Amount + TDS: what the receipt takes off the customer's account. */
  total: z.number().int(),
  /** On account: not yet allocated to any invoice. */
  unallocated: z.number().int(),
  narration: z.string().nullable(),
  chequeStatus: z.enum(CHEQUE_STATUSES).nullable(),
  allocations: z.array(allocationRow),
});
export type Receipt = z.infer<typeof receipt>;

export const receiptSummary = receipt.omit({ allocations: true });
export type ReceiptSummary = z.infer<typeof receiptSummary>;

export const openItem = z.object({
  documentId: z.number().int(),
  kind: z.string(),
  number: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  total: z.number().int(),
  taxable: z.number().int(),
  openBalance: z.number().int(),
});
export type OpenItemRow = z.infer<typeof openItem>;

export const openItems = z.object({
  /** What the customer owes: invoices, debit notes, opening items, refunds, returned cheques. */
  debits: z.array(openItem),
  /** What is theirs to use: unallocated receipts and credit notes. */
  credits: z.array(openItem),
});
export type OpenItems = z.infer<typeof openItems>;

export const suggestion = z.object({
  basis: z.enum(['exact', 'exact_net_of_tds', 'oldest_first', 'nothing_open']),
  allocations: z.array(z.object({ documentId: z.number().int(), amount: z.number().int() })),
  tdsAmount: z.number().int(),
  onAccount: z.number().int(),
});

const reason = (what: string) => requiredText(300, what);

export const writeOffKinds = ['small_balance', 'bad_debt'] as const;

export const ledgerEntry = z.object({
  date: z.string(),
  documentId: z.number().int().nullable(),
  kind: z.string().nullable(),
  number: z.string().nullable(),
  narration: z.string(),
  debit: z.number().int(),
  credit: z.number().int(),
  balance: z.number().int(),
});
export type LedgerEntry = z.infer<typeof ledgerEntry>;

export const customerLedger = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  opening: z.number().int(),
  entries: z.array(ledgerEntry),
  closing: z.number().int(),
  open: openItems,
  /** Unallocated receipts and credit notes together. */
  onAccount: z.number().int(),
  allocations: z.array(allocationRow),
});
export type CustomerLedger = z.infer<typeof customerLedger>;

export const tdsRegisterRow = z.object({
  customerCode: z.string(),
  customerName: z.string(),
  pan: z.string().nullable(),
  section: z.string(),
  quarter: z.string(),
  receipts: z.number().int(),
  tdsAmount: z.number().int(),
});

const dateRange = z.object({
  from: isoDateField('From date')
    .nullish()
    .transform((v) => v ?? null),
  to: isoDateField('To date')
    .nullish()
    .transform((v) => v ?? null),
});

export const receiptsChannels = {
  'bankAccounts.list': channel({
    summary: 'Bank and cash accounts money is received into',
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.array(bankAccount),
  }),
  'bankAccounts.create': channel({
    summary: 'Add a bank account (it gets its own ledger account)',
    input: bankAccountInput,
    output: bankAccount,
  }),
  'bankAccounts.update': channel({
    summary: 'Change a bank account’s name, details, or retire it',
    input: z.object({ id: idField, values: bankAccountInput }),
    output: bankAccount,
  }),
  'receipts.record': channel({
    summary:
      'Record money received, with TDS and charges, allocated to invoices; a post-dated cheque waits in the register',
    input: receiptInput,
    output: receipt,
  }),
  'receipts.get': channel({
    summary: 'One receipt with its allocations',
    input: z.object({ id: idField }),
    output: receipt,
  }),
  'receipts.list': channel({
    summary: 'Receipts, newest first',
    input: z.object({
      customerId: idField.optional(),
      search: z.string().trim().max(100).default(''),
      limit: z.number().int().min(1).max(10_000).default(500),
    }),
    output: z.array(receiptSummary),
  }),
  'receipts.openItems': channel({
    summary:
      'A customer’s open invoices and debit items, and their unallocated receipts and credits',
    input: z.object({ customerId: idField }),
    output: openItems,
  }),
  'receipts.suggest': channel({
    summary: 'Suggest how to allocate an amount: an exact match, net of TDS, or oldest due first',
    input: z.object({
      customerId: idField,
      amount: paiseField('Amount received'),
      tdsAmount: paiseField('TDS').default(0),
      tdsRateBps: z
        .number()
        .int()
        .min(0)
        .max(10_000)
        .nullish()
        .transform((v) => v ?? null),
    }),
    output: suggestion,
  }),
  'receipts.allocate': channel({
    summary: 'Allocate on-account money or a credit note to open invoices',
    input: z.object({
      creditId: idField,
      date: isoDateField('Allocation date'),
      allocations: z.array(allocationInput).min(1, 'Allocate to at least one invoice').max(1000),
    }),
    output: z.array(allocationRow),
  }),
  'receipts.unallocate': channel({
    summary: 'Undo an allocation, with a reason (the invoice opens again)',
    input: z.object({
      allocationId: idField,
      date: isoDateField('Date'),
      reason: reason('Reason'),
    }),
    output: allocationRow,
  }),
  'receipts.chequeRegister': channel({
    summary: 'Cheques by status: post-dated, in hand, deposited, cleared, bounced',
    input: z.object({ status: z.enum(CHEQUE_STATUSES).optional() }),
    output: z.array(receiptSummary),
  }),
  'receipts.deposit': channel({
    summary: 'Deposit a cheque; a post-dated one is recorded now and allocated oldest first',
    input: z.object({ id: idField, date: isoDateField('Deposit date') }),
    output: receipt,
  }),
  'receipts.clear': channel({
    summary: 'Mark a deposited cheque as cleared by the bank',
    input: z.object({ id: idField, date: isoDateField('Clearing date') }),
    output: receipt,
  }),
  'receipts.bounce': channel({
    summary:
      'A cheque came back: reverse the receipt and its allocations in one step, optionally raising a debit note for charges',
    input: z.object({
      id: idField,
      date: isoDateField('Bounce date'),
      reason: reason('Reason for return'),
      charges: z
        .object({
          amount: positivePaise('Bounce charges'),
          gstRateBps: z.number().int().min(0).max(10_000).default(1800),
          hsnSac: z
            .string()
            .trim()
            .regex(/^\d{4,8}$/, 'SAC is 4 to 8 digits')
            .default('9971'),
        })
        .nullish()
        .transform((v) => v ?? null),
    }),
    output: z.object({ receipt, debitNoteId: z.number().int().nullable() }),
  }),
  'receipts.cancelPostDated': channel({
    summary: 'Remove a post-dated cheque that was returned before deposit',
    input: z.object({ id: idField, reason: reason('Reason') }),
    output: z.object({ removed: z.boolean() }),
  }),
  'receipts.refund': channel({
    summary: 'Pay back on-account money or an unused credit note',
    input: z.object({
      creditId: idField,
      amount: positivePaise('Refund amount'),
      date: isoDateField('Refund date'),
      bankAccountId: z
        .number({ error: 'Choose the account the refund is paid from' })
        .int()
        .positive(),
      reference: optionalText(40, 'Reference'),
      reason: reason('Reason'),
    }),
    output: z.object({ id: z.number().int(), number: z.string() }),
  }),
  'receipts.writeOff': channel({
    summary:
      'Write off what is left of an invoice: a small balance within tolerance, or a bad debt',
    input: z.object({
      documentId: idField,
      amount: positivePaise('Write-off amount'),
      date: isoDateField('Write-off date'),
      kind: z.enum(writeOffKinds, { error: 'Choose small balance or bad debt' }),
      reason: reason('Reason'),
    }),
    output: z.object({ id: z.number().int(), number: z.string() }),
  }),
  'receipts.customerLedger': channel({
    summary: 'A customer’s account: every document and receipt with running balance and open items',
    input: dateRange.extend({ customerId: idField }),
    output: customerLedger,
  }),
  'receipts.tdsRegister': channel({
    summary: 'TDS deducted by customers, by customer, section and quarter (for Form 26AS)',
    input: dateRange.extend({ customerId: idField.optional() }),
    output: z.array(tdsRegisterRow),
  }),
};
