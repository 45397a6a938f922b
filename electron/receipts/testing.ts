// Test support for printed receipts and imports: a company and customers with full addresses.
import { setupCompany } from '../../db/company/company';
import { createCustomer } from '../../db/customers/customers';
import { createBankAccount, listBankAccounts } from '../../db/receipts/bank-accounts';
import { tempLedger } from '../../db/testing';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';

export const COMPANY = 'Sahyadri Supplies Pvt Ltd';
export const COMPANY_GSTIN = '27AAPFU0939F1ZV';

export function documentsLedger() {
  const ledger = tempLedger();
  setupCompany(
    ledger,
    companyInput.parse({
      legalName: COMPANY,
      gstin: COMPANY_GSTIN,
      address: {
        line1: 'Plot C-14, MIDC Bhosari',
        city: 'Pune',
        pincode: '411026',
        stateCode: '27',
      },
    }),
    't',
  );
  const pune = createCustomer(
    ledger,
    customerInput.parse({
      code: 'PUNE',
      name: 'Pune Engineering Pvt Ltd',
      gstin: '27AAACT1234K1ZG',
      email: 'accounts@pune-eng.example.in',
      phone: '020 2712 3456',
      whatsapp: '98220 12345',
      billingAddress: {
        line1: 'Unit 7, Wagle Industrial Estate',
        city: 'Pune',
        pincode: '411018',
        stateCode: '27',
      },
    }),
    't',
  ).id;
  const blr = createCustomer(
    ledger,
    customerInput.parse({
      code: 'BLR',
      name: 'Bengaluru Tech Systems',
      gstin: '29AAACB1234L1ZS',
      billingAddress: {
        line1: 'Plot 112, Hebbal Industrial Area',
        city: 'Bengaluru',
        pincode: '560024',
        stateCode: '29',
      },
    }),
    't',
  ).id;
  const hdfc = createBankAccount(
    ledger,
    {
      name: 'HDFC Current 1234',
      bankName: 'HDFC Bank',
      accountNumber: '50200012341234',
      ifsc: 'HDFC0000123',
    },
    't',
  ).id;
  const cash = listBankAccounts(ledger).find((b) => b.kind === 'cash')!.id;
  return { ledger, pune, blr, hdfc, cash };
}
