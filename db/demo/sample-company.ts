// The sample company: a Pune distributor with customers across India, for demos and first look.
import { customerInput, type CustomerInput } from '../../shared/customers/contract';
import { companyInput } from '../../shared/company/contract';
import { todayIso, toIsoDate, type IsoDate } from '../../shared/dates';
import { makeGstin } from '../../shared/gst';
import type { Item } from '../../shared/items/contract';
import { rupeesToPaise } from '../../shared/money';
import { setupCompany } from '../company/company';
import { importCustomers } from '../customers/customers';
import { createItem } from '../items/items';
import { createBankAccount } from '../receipts/bank-accounts';
import { itemInput } from '../../shared/items/contract';
import type { Ledger } from '../ledger/open';
import { playCollections } from './sample-collections';
import { planHistory, playHistory, type SampleItemKey } from './sample-history';

export const SAMPLE_COMPANY_NAME = 'Sahyadri Industrial Supplies Private Limited';

interface SampleCustomer {
  code: string;
  name: string;
  state: string;
  pan: string;
  city: string;
  pincode: string;
  line1: string;
  contact: string;
  phone: string;
  terms: number;
  limitRupees: string | null;
  group: string;
  salesperson: string;
}

const CUSTOMERS: SampleCustomer[] = [
  {
    code: 'TATAAUTO',
    name: 'Tata AutoComp Systems Ltd',
    state: '27',
    pan: 'AAACT1234K',
    city: 'Pune',
    pincode: '411018',
    line1: 'TACO House, Plot 20/B, Pimpri',
    contact: 'Anand Kulkarni',
    phone: '9822012345',
    terms: 45,
    limitRupees: '25,00,000',
    group: 'Automotive',
    salesperson: 'Priya Deshmukh',
  },
  {
    code: 'BHARATFG',
    name: 'Bharat Forge Ltd',
    state: '27',
    pan: 'AAACB2345L',
    city: 'Pune',
    pincode: '411036',
    line1: 'Mundhwa, Pune Cantonment',
    contact: 'Sunil Jadhav',
    phone: '9850123456',
    terms: 60,
    limitRupees: '40,00,000',
    group: 'Automotive',
    salesperson: 'Priya Deshmukh',
  },
  {
    code: 'KIRLOSKAR',
    name: 'Kirloskar Pneumatic Co Ltd',
    state: '27',
    pan: 'AAACK3456M',
    city: 'Pune',
    pincode: '411013',
    line1: 'Hadapsar Industrial Estate',
    contact: 'Meera Joshi',
    phone: '9823034567',
    terms: 30,
    limitRupees: '15,00,000',
    group: 'Engineering',
    salesperson: 'Rahul Patil',
  },
  {
    code: 'SUNDRAM',
    name: 'Sundaram Fasteners Ltd',
    state: '33',
    pan: 'AAACS4567N',
    city: 'Chennai',
    pincode: '600006',
    line1: '98-A, Dr Radhakrishnan Salai, Mylapore',
    contact: 'R. Venkatesh',
    phone: '9840045678',
    terms: 45,
    limitRupees: '20,00,000',
    group: 'Automotive',
    salesperson: 'Rahul Patil',
  },
  {
    code: 'LAKSHMIMC',
    name: 'Lakshmi Machine Works Ltd',
    state: '33',
    pan: 'AAACL5678P',
    city: 'Coimbatore',
    pincode: '641020',
    line1: 'SRK Vidyalaya Post, Perianaickenpalayam',
    contact: 'K. Senthil Kumar',
    phone: '9842056789',
    terms: 60,
    limitRupees: '18,00,000',
    group: 'Textile machinery',
    salesperson: 'Rahul Patil',
  },
  {
    code: 'BIOCON',
    name: 'Biocon Biologics Ltd',
    state: '29',
    pan: 'AAACB6789Q',
    city: 'Bengaluru',
    pincode: '560100',
    line1: '20th KM Hosur Road, Electronic City',
    contact: 'Shwetha Rao',
    phone: '9845067890',
    terms: 30,
    limitRupees: '12,00,000',
    group: 'Pharma',
    salesperson: 'Anjali Nair',
  },
  {
    code: 'TITANIND',
    name: 'Titan Industries Ltd',
    state: '29',
    pan: 'AAACT7890R',
    city: 'Hosur Road, Bengaluru',
    pincode: '560029',
    line1: 'Integrity, No 193, Veerasandra',
    contact: 'Prakash Hegde',
    phone: '9880078901',
    terms: 30,
    limitRupees: '10,00,000',
    group: 'Consumer',
    salesperson: 'Anjali Nair',
  },
  {
    code: 'ARVINDMIL',
    name: 'Arvind Mills Ltd',
    state: '24',
    pan: 'AAACA8901S',
    city: 'Ahmedabad',
    pincode: '380025',
    line1: 'Naroda Road',
    contact: 'Hitesh Patel',
    phone: '9825089012',
    terms: 45,
    limitRupees: '8,00,000',
    group: 'Textiles',
    salesperson: 'Vikram Shah',
  },
  {
    code: 'ADANIPORT',
    name: 'Adani Ports and SEZ Ltd',
    state: '24',
    pan: 'AAACG9012T',
    city: 'Ahmedabad',
    pincode: '382421',
    line1: 'Adani Corporate House, Shantigram',
    contact: 'Nirav Mehta',
    phone: '9898090123',
    terms: 60,
    limitRupees: '50,00,000',
    group: 'Infrastructure',
    salesperson: 'Vikram Shah',
  },
  {
    code: 'HEROCYCLE',
    name: 'Hero Cycles Ltd',
    state: '03',
    pan: 'AAACH0123U',
    city: 'Ludhiana',
    pincode: '141003',
    line1: 'Hero Nagar, G.T. Road',
    contact: 'Gurpreet Singh',
    phone: '9815001234',
    terms: 30,
    limitRupees: '6,00,000',
    group: 'Consumer',
    salesperson: 'Amit Verma',
  },
  {
    code: 'MARUTISUZ',
    name: 'Maruti Suzuki India Ltd',
    state: '06',
    pan: 'AAACM1234V',
    city: 'Gurugram',
    pincode: '122015',
    line1: 'Old Palam Gurgaon Road',
    contact: 'Rohit Malhotra',
    phone: '9810012345',
    terms: 60,
    limitRupees: '75,00,000',
    group: 'Automotive',
    salesperson: 'Amit Verma',
  },
  {
    code: 'DABURIND',
    name: 'Dabur India Ltd',
    state: '07',
    pan: 'AAACD2345W',
    city: 'New Delhi',
    pincode: '110020',
    line1: 'Punjabi Bhawan, 10 Community Centre, Okhla',
    contact: 'Neha Kapoor',
    phone: '9811023456',
    terms: 30,
    limitRupees: '9,00,000',
    group: 'FMCG',
    salesperson: 'Amit Verma',
  },
  {
    code: 'ITCKOLK',
    name: 'ITC Ltd',
    state: '19',
    pan: 'AAACI3456X',
    city: 'Kolkata',
    pincode: '700071',
    line1: 'Virginia House, 37 J.L. Nehru Road',
    contact: 'Sourav Banerjee',
    phone: '9830034567',
    terms: 45,
    limitRupees: '30,00,000',
    group: 'FMCG',
    salesperson: 'Anjali Nair',
  },
  {
    code: 'EXIDEIND',
    name: 'Exide Industries Ltd',
    state: '19',
    pan: 'AAACE4567Y',
    city: 'Kolkata',
    pincode: '700020',
    line1: 'Exide House, 59E Chowringhee Road',
    contact: 'Debashis Ghosh',
    phone: '9831045678',
    terms: 45,
    limitRupees: '14,00,000',
    group: 'Automotive',
    salesperson: 'Anjali Nair',
  },
  {
    code: 'DRREDDY',
    name: "Dr. Reddy's Laboratories Ltd",
    state: '36',
    pan: 'AAACD5678Z',
    city: 'Hyderabad',
    pincode: '500034',
    line1: '8-2-337, Road No 3, Banjara Hills',
    contact: 'Srinivas Reddy',
    phone: '9848056789',
    terms: 30,
    limitRupees: '16,00,000',
    group: 'Pharma',
    salesperson: 'Rahul Patil',
  },
  {
    code: 'JKTYRE',
    name: 'JK Tyre and Industries Ltd',
    state: '08',
    pan: 'AAACJ6789A',
    city: 'Kankroli',
    pincode: '313342',
    line1: 'Jaykaygram, PO Tyre Factory',
    contact: 'Mahendra Sharma',
    phone: '9829067890',
    terms: 45,
    limitRupees: '11,00,000',
    group: 'Automotive',
    salesperson: 'Vikram Shah',
  },
  {
    code: 'ASIANPNT',
    name: 'Asian Paints Ltd',
    state: '27',
    pan: 'AAACA7890B',
    city: 'Mumbai',
    pincode: '400055',
    line1: '6A Shantinagar, Santacruz East',
    contact: 'Kavita Iyer',
    phone: '9820078901',
    terms: 30,
    limitRupees: '22,00,000',
    group: 'Consumer',
    salesperson: 'Priya Deshmukh',
  },
  {
    code: 'KERALAFEED',
    name: 'Kerala Feeds Ltd',
    state: '32',
    pan: 'AAACK8901C',
    city: 'Thrissur',
    pincode: '680121',
    line1: 'Kallettumkara, Irinjalakuda',
    contact: 'Joseph Thomas',
    phone: '9847089012',
    terms: 30,
    limitRupees: '4,00,000',
    group: 'Agro',
    salesperson: 'Anjali Nair',
  },
  {
    code: 'GOAFOODS',
    name: 'Goa Foods and Beverages',
    state: '30',
    pan: 'AAFFG9012D',
    city: 'Margao',
    pincode: '403601',
    line1: 'Plot 14, Verna Industrial Estate',
    contact: 'Francis D’Souza',
    phone: '9822190123',
    terms: 15,
    limitRupees: '2,50,000',
    group: 'FMCG',
    salesperson: 'Priya Deshmukh',
  },
  {
    code: 'RAJENG',
    name: 'Rajasthan Engineering Works',
    state: '08',
    pan: 'AAFFR0123E',
    city: 'Jaipur',
    pincode: '302013',
    line1: 'F-12, VKI Area',
    contact: 'Suresh Agarwal',
    phone: '9414001234',
    terms: 30,
    limitRupees: null,
    group: 'Engineering',
    salesperson: 'Vikram Shah',
  },
];

export function sampleCustomerInputs(): CustomerInput[] {
  return CUSTOMERS.map((c) => ({
    code: c.code,
    name: c.name,
    gstin: makeGstin(c.state, c.pan),
    email: `accounts@${c.code.toLowerCase()}.example.in`,
    phone: c.phone,
    whatsapp: c.phone,
    paymentTermsDays: c.terms,
    creditLimit: c.limitRupees === null ? null : rupeesToPaise(c.limitRupees.replace(/,/g, '')),
    billingAddress: { line1: c.line1, city: c.city, pincode: c.pincode, stateCode: c.state },
    customerGroup: c.group,
    salesperson: c.salesperson,
    contacts: [
      { name: c.contact, designation: 'Accounts Payable', phone: c.phone, whatsapp: c.phone },
    ],
  }));
}

const ITEMS = [
  {
    key: 'ball',
    name: 'Ball valve 2" SS316',
    kind: 'goods',
    hsnSac: '8481',
    unit: 'NOS',
    rate: '4,850.00',
    gst: 1800,
  },
  {
    key: 'gate',
    name: 'Gate valve 4" cast iron',
    kind: 'goods',
    hsnSac: '8481',
    unit: 'NOS',
    rate: '12,400.00',
    gst: 1800,
  },
  {
    key: 'hose',
    name: 'Hydraulic hose 1/2" (per metre)',
    kind: 'goods',
    hsnSac: '4009',
    unit: 'MTR',
    rate: '420.00',
    gst: 1800,
  },
  {
    key: 'gasket',
    name: 'Spiral wound gasket 3"',
    kind: 'goods',
    hsnSac: '8484',
    unit: 'NOS',
    rate: '365.00',
    gst: 1800,
  },
  {
    key: 'bolts',
    name: 'Hex bolt M16 x 80 (box of 50)',
    kind: 'goods',
    hsnSac: '7318',
    unit: 'BOX',
    rate: '2,150.00',
    gst: 1800,
  },
  {
    key: 'lube',
    name: 'Industrial lubricant 20 L',
    kind: 'goods',
    hsnSac: '2710',
    unit: 'DRM',
    rate: '6,900.00',
    gst: 1800,
  },
  {
    key: 'install',
    name: 'Installation and commissioning',
    kind: 'services',
    hsnSac: '998719',
    unit: 'NOS',
    rate: '15,000.00',
    gst: 1800,
  },
  {
    key: 'amc',
    name: 'Annual maintenance contract',
    kind: 'services',
    hsnSac: '998717',
    unit: 'NOS',
    rate: '60,000.00',
    gst: 1800,
  },
] as const;

export interface SampleOptions {
  /** The day the trading history ends; today in India unless a caller fixes it (tests, demos). */
  today?: string;
  /** False: only the company, its customers and items, for a test that wants an empty ledger. */
  history?: boolean;
}

/**
 * Fill an empty ledger with the sample company, its customers, a small item list and twelve
 * months of trade up to `today` (sample-history.ts). One transaction: all of it, or nothing —
 * and one commit instead of a thousand, so it takes about a second.
 */
export function seedSampleCompany(
  ledger: Ledger,
  actor: string,
  { today = todayIso(), history = true }: SampleOptions = {},
): void {
  const end = toIsoDate(today);
  ledger.sqlite.transaction(() => seed(ledger, actor, history ? end : null))();
}

function seed(ledger: Ledger, actor: string, today: IsoDate | null): void {
  setupCompany(
    ledger,
    companyInput.parse({
      legalName: SAMPLE_COMPANY_NAME,
      tradeName: 'Sahyadri Supplies',
      gstin: makeGstin('27', 'AAHCS4321F'),
      address: {
        line1: 'Plot 42, MIDC Bhosari',
        line2: 'Telco Road',
        city: 'Pune',
        pincode: '411026',
        stateCode: '27',
      },
      email: 'accounts@sahyadrisupplies.example.in',
      phone: '02027123456',
      bank: {
        accountName: SAMPLE_COMPANY_NAME,
        bankName: 'HDFC Bank',
        branch: 'Bhosari, Pune',
        accountNumber: '50200012345678',
        ifsc: 'HDFC0000123',
      },
      fyStartMonth: 4,
    }),
    actor,
  );
  // Receipts need an account the money goes into; Cash in Hand comes with every ledger.
  const bank = createBankAccount(
    ledger,
    {
      name: 'HDFC Bank Current A/c',
      bankName: 'HDFC Bank',
      accountNumber: '50200012345678',
      ifsc: 'HDFC0000123',
    },
    actor,
  );
  const customers = importCustomers(
    ledger,
    sampleCustomerInputs().map((c) => customerInput.parse(c)),
    actor,
  );
  const items = {} as Record<SampleItemKey, Item>;
  for (const item of ITEMS) {
    items[item.key] = createItem(
      ledger,
      itemInput.parse({
        name: item.name,
        kind: item.kind,
        hsnSac: item.hsnSac,
        unit: item.unit,
        defaultRate: rupeesToPaise(item.rate.replace(/,/g, '')),
        gstRates: [{ effectiveFrom: '2017-07-01', gstRateBps: item.gst }],
      }),
      actor,
    );
  }
  if (today === null) return;
  const terms = Object.fromEntries(customers.map((c) => [c.code, c.paymentTermsDays]));
  const byCode = new Map(customers.map((c) => [c.code, c.id]));
  playHistory(ledger, actor, planHistory(today, terms), {
    customers: byCode,
    items,
    bankAccountId: bank.id,
  });
  // The desk's calls are never logged after the real today: a sample for a day still to come
  // (a test's) has the trade alone.
  if (today <= todayIso()) playCollections(ledger, actor, today, byCode);
}
