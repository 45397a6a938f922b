// The sample company: a Pune distributor with customers across India, for demos and first look.
import { customerInput, type CustomerInput } from '../../shared/customers/contract';
import { companyInput } from '../../shared/company/contract';
import { makeGstin } from '../../shared/gst';
import { rupeesToPaise } from '../../shared/money';
import { setupCompany } from '../company/company';
import { importCustomers } from '../customers/customers';
import type { Ledger } from '../ledger/open';

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
  { code: 'TATAAUTO', name: 'Tata AutoComp Systems Ltd', state: '27', pan: 'AAACT1234K', city: 'Pune', pincode: '411018', line1: 'TACO House, Plot 20/B, Pimpri', contact: 'Anand Kulkarni', phone: '9822012345', terms: 45, limitRupees: '25,00,000', group: 'Automotive', salesperson: 'Priya Deshmukh' },
  { code: 'BHARATFG', name: 'Bharat Forge Ltd', state: '27', pan: 'AAACB2345L', city: 'Pune', pincode: '411036', line1: 'Mundhwa, Pune Cantonment', contact: 'Sunil Jadhav', phone: '9850123456', terms: 60, limitRupees: '40,00,000', group: 'Automotive', salesperson: 'Priya Deshmukh' },
  { code: 'KIRLOSKAR', name: 'Kirloskar Pneumatic Co Ltd', state: '27', pan: 'AAACK3456M', city: 'Pune', pincode: '411013', line1: 'Hadapsar Industrial Estate', contact: 'Meera Joshi', phone: '9823034567', terms: 30, limitRupees: '15,00,000', group: 'Engineering', salesperson: 'Rahul Patil' },
  { code: 'SUNDRAM', name: 'Sundaram Fasteners Ltd', state: '33', pan: 'AAACS4567N', city: 'Chennai', pincode: '600006', line1: '98-A, Dr Radhakrishnan Salai, Mylapore', contact: 'R. Venkatesh', phone: '9840045678', terms: 45, limitRupees: '20,00,000', group: 'Automotive', salesperson: 'Rahul Patil' },
  { code: 'LAKSHMIMC', name: 'Lakshmi Machine Works Ltd', state: '33', pan: 'AAACL5678P', city: 'Coimbatore', pincode: '641020', line1: 'SRK Vidyalaya Post, Perianaickenpalayam', contact: 'K. Senthil Kumar', phone: '9842056789', terms: 60, limitRupees: '18,00,000', group: 'Textile machinery', salesperson: 'Rahul Patil' },
  { code: 'BIOCON', name: 'Biocon Biologics Ltd', state: '29', pan: 'AAACB6789Q', city: 'Bengaluru', pincode: '560100', line1: '20th KM Hosur Road, Electronic City', contact: 'Shwetha Rao', phone: '9845067890', terms: 30, limitRupees: '12,00,000', group: 'Pharma', salesperson: 'Anjali Nair' },
  { code: 'TITANIND', name: 'Titan Industries Ltd', state: '29', pan: 'AAACT7890R', city: 'Hosur Road, Bengaluru', pincode: '560029', line1: 'Integrity, No 193, Veerasandra', contact: 'Prakash Hegde', phone: '9880078901', terms: 30, limitRupees: '10,00,000', group: 'Consumer', salesperson: 'Anjali Nair' },
  { code: 'ARVINDMIL', name: 'Arvind Mills Ltd', state: '24', pan: 'AAACA8901S', city: 'Ahmedabad', pincode: '380025', line1: 'Naroda Road', contact: 'Hitesh Patel', phone: '9825089012', terms: 45, limitRupees: '8,00,000', group: 'Textiles', salesperson: 'Vikram Shah' },
  { code: 'ADANIPORT', name: 'Adani Ports and SEZ Ltd', state: '24', pan: 'AAACG9012T', city: 'Ahmedabad', pincode: '382421', line1: 'Adani Corporate House, Shantigram', contact: 'Nirav Mehta', phone: '9898090123', terms: 60, limitRupees: '50,00,000', group: 'Infrastructure', salesperson: 'Vikram Shah' },
  { code: 'HEROCYCLE', name: 'Hero Cycles Ltd', state: '03', pan: 'AAACH0123U', city: 'Ludhiana', pincode: '141003', line1: 'Hero Nagar, G.T. Road', contact: 'Gurpreet Singh', phone: '9815001234', terms: 30, limitRupees: '6,00,000', group: 'Consumer', salesperson: 'Amit Verma' },
  { code: 'MARUTISUZ', name: 'Maruti Suzuki India Ltd', state: '06', pan: 'AAACM1234V', city: 'Gurugram', pincode: '122015', line1: 'Old Palam Gurgaon Road', contact: 'Rohit Malhotra', phone: '9810012345', terms: 60, limitRupees: '75,00,000', group: 'Automotive', salesperson: 'Amit Verma' },
  { code: 'DABURIND', name: 'Dabur India Ltd', state: '07', pan: 'AAACD2345W', city: 'New Delhi', pincode: '110020', line1: 'Punjabi Bhawan, 10 Community Centre, Okhla', contact: 'Neha Kapoor', phone: '9811023456', terms: 30, limitRupees: '9,00,000', group: 'FMCG', salesperson: 'Amit Verma' },
  { code: 'ITCKOLK', name: 'ITC Ltd', state: '19', pan: 'AAACI3456X', city: 'Kolkata', pincode: '700071', line1: 'Virginia House, 37 J.L. Nehru Road', contact: 'Sourav Banerjee', phone: '9830034567', terms: 45, limitRupees: '30,00,000', group: 'FMCG', salesperson: 'Anjali Nair' },
  { code: 'EXIDEIND', name: 'Exide Industries Ltd', state: '19', pan: 'AAACE4567Y', city: 'Kolkata', pincode: '700020', line1: 'Exide House, 59E Chowringhee Road', contact: 'Debashis Ghosh', phone: '9831045678', terms: 45, limitRupees: '14,00,000', group: 'Automotive', salesperson: 'Anjali Nair' },
  { code: 'DRREDDY', name: "Dr. Reddy's Laboratories Ltd", state: '36', pan: 'AAACD5678Z', city: 'Hyderabad', pincode: '500034', line1: '8-2-337, Road No 3, Banjara Hills', contact: 'Srinivas Reddy', phone: '9848056789', terms: 30, limitRupees: '16,00,000', group: 'Pharma', salesperson: 'Rahul Patil' },
  { code: 'JKTYRE', name: 'JK Tyre and Industries Ltd', state: '08', pan: 'AAACJ6789A', city: 'Kankroli', pincode: '313342', line1: 'Jaykaygram, PO Tyre Factory', contact: 'Mahendra Sharma', phone: '9829067890', terms: 45, limitRupees: '11,00,000', group: 'Automotive', salesperson: 'Vikram Shah' },
  { code: 'ASIANPNT', name: 'Asian Paints Ltd', state: '27', pan: 'AAACA7890B', city: 'Mumbai', pincode: '400055', line1: '6A Shantinagar, Santacruz East', contact: 'Kavita Iyer', phone: '9820078901', terms: 30, limitRupees: '22,00,000', group: 'Consumer', salesperson: 'Priya Deshmukh' },
  { code: 'KERALAFEED', name: 'Kerala Feeds Ltd', state: '32', pan: 'AAACK8901C', city: 'Thrissur', pincode: '680121', line1: 'Kallettumkara, Irinjalakuda', contact: 'Joseph Thomas', phone: '9847089012', terms: 30, limitRupees: '4,00,000', group: 'Agro', salesperson: 'Anjali Nair' },
  { code: 'GOAFOODS', name: 'Goa Foods and Beverages', state: '30', pan: 'AAFFG9012D', city: 'Margao', pincode: '403601', line1: 'Plot 14, Verna Industrial Estate', contact: 'Francis D’Souza', phone: '9822190123', terms: 15, limitRupees: '2,50,000', group: 'FMCG', salesperson: 'Priya Deshmukh' },
  { code: 'RAJENG', name: 'Rajasthan Engineering Works', state: '08', pan: 'AAFFR0123E', city: 'Jaipur', pincode: '302013', line1: 'F-12, VKI Area', contact: 'Suresh Agarwal', phone: '9414001234', terms: 30, limitRupees: null, group: 'Engineering', salesperson: 'Vikram Shah' },
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
    contacts: [{ name: c.contact, designation: 'Accounts Payable', phone: c.phone, whatsapp: c.phone }],
  }));
}

/** Fill an empty ledger with the sample company and its customers. */
export function seedSampleCompany(ledger: Ledger, actor: string): void {
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
  importCustomers(
    ledger,
    sampleCustomerInputs().map((c) => customerInput.parse(c)),
    actor,
  );
}
