import { eq } from 'drizzle-orm';
import type { Company, CompanyValues } from '../../shared/company/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { company } from './schema';

type Row = typeof company.$inferSelect;

const toCompany = (r: Row): Company => ({
  legalName: r.legalName,
  tradeName: r.tradeName,
  address: {
    line1: r.addressLine1,
    line2: r.addressLine2,
    city: r.city,
    pincode: r.pincode,
    stateCode: r.stateCode,
  },
  gstin: r.gstin,
  stateCode: r.stateCode,
  pan: r.pan,
  email: r.email,
  phone: r.phone,
  bank: {
    accountName: r.bankAccountName,
    bankName: r.bankName,
    branch: r.bankBranch,
    accountNumber: r.bankAccountNumber,
    ifsc: r.bankIfsc,
  },
  fyStartMonth: r.fyStartMonth,
  logo: r.logo,
  creditCheck: r.creditCheck,
  writeOffTolerance: r.writeOffTolerance,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toColumns = (v: CompanyValues) => ({
  legalName: v.legalName,
  tradeName: v.tradeName,
  addressLine1: v.address.line1,
  addressLine2: v.address.line2,
  city: v.address.city,
  pincode: v.address.pincode,
  stateCode: v.stateCode,
  gstin: v.gstin,
  pan: v.pan,
  email: v.email,
  phone: v.phone,
  bankAccountName: v.bank.accountName,
  bankName: v.bank.bankName,
  bankBranch: v.bank.branch,
  bankAccountNumber: v.bank.accountNumber,
  bankIfsc: v.bank.ifsc,
  fyStartMonth: v.fyStartMonth,
  logo: v.logo,
  creditCheck: v.creditCheck,
  writeOffTolerance: v.writeOffTolerance,
});

/** The audit keeps a marker for the logo, not the image itself. */
const forAudit = (c: Company) => ({ ...c, logo: c.logo ? '(image)' : null });

export function getCompany(ledger: Ledger): Company | null {
  const row = ledger.db.select().from(company).where(eq(company.id, 1)).get();
  return row ? toCompany(row) : null;
}

export function requireCompany(ledger: Ledger): Company {
  const c = getCompany(ledger);
  if (!c) throw new BahiError('NO_COMPANY', 'Set up the company first (legal name, state, GSTIN).');
  return c;
}

export function setupCompany(ledger: Ledger, values: CompanyValues, actor: string): Company {
  return runCommand(ledger, { command: 'company.setup', actor }, (cx) => {
    if (getCompany(ledger)) {
      throw new BahiError(
        'CONFLICT',
        'This ledger already has a company; change it in Company settings.',
      );
    }
    cx.db
      .insert(company)
      .values({ id: 1, ...toColumns(values), createdAt: cx.now, updatedAt: cx.now })
      .run();
    const created = getCompany(ledger)!;
    cx.audit({ entity: 'company', entityId: 1, before: null, after: forAudit(created) });
    return created;
  });
}

export function updateCompany(ledger: Ledger, values: CompanyValues, actor: string): Company {
  return runCommand(ledger, { command: 'company.update', actor }, (cx) => {
    const before = requireCompany(ledger);
    cx.db
      .update(company)
      .set({ ...toColumns(values), updatedAt: cx.now })
      .where(eq(company.id, 1))
      .run();
    const after = getCompany(ledger)!;
    cx.audit({ entity: 'company', entityId: 1, before: forAudit(before), after: forAudit(after) });
    return after;
  });
}
