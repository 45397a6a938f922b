import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, tempLedger } from '../../db/testing';
import type { EInvoiceJson } from '../../shared/einvoice/schema';
import { fakeIrpResponse } from '../../shared/einvoice/testing';
import { makeGstin } from '../../shared/gst';
import { createHostRouter } from '../ipc/host';
import { fileWorkspace } from '../workspace';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

const call = async (channel: string, input: unknown) =>
  createHostRouter(fileWorkspace(ledger), 'tester', { checkOutputs: true }).dispatch(
    channel,
    input,
  );
const data = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
};

async function issuedInvoice(): Promise<number> {
  await data('company.setup', {
    legalName: 'Sahyadri Supplies Pvt Ltd',
    gstin: '27AAPFU0939F1ZV',
    address: { line1: 'Plot 14, MIDC Bhosari', city: 'Pune', pincode: '411026' },
  });
  const customer = await data<{ id: number }>('customers.create', {
    code: 'BLR',
    name: 'Bengaluru Tech Pvt Ltd',
    gstin: makeGstin('29', 'AAACB1234L'),
    billingAddress: { line1: '5 Peenya Industrial Area', city: 'Bengaluru', pincode: '560058' },
  });
  const draft = await data<{ id: number }>('invoices.createDraft', {
    customerId: customer.id,
    date: '2025-08-01',
    lines: [
      {
        description: 'Ball valve 2"',
        hsnSac: '8481',
        unit: 'NOS',
        quantity: '4',
        rate: 150_000,
        gstRateBps: 1800,
      },
    ],
  });
  await data('invoices.issue', { id: draft.id });
  return draft.id;
}

interface Exported {
  fileName: string;
  json: EInvoiceJson;
  contentBase64: string;
}

describe('e-invoice channels', () => {
  it('export the JSON as a file, import the response once, and read it back', async () => {
    const id = await issuedInvoice();
    expect(await data('einvoice.get', { id })).toBeNull();
    const exported = await data<Exported>('einvoice.export', { id });
    expect(exported.fileName).toBe('INV-25-26-0001.json');
    expect(JSON.parse(Buffer.from(exported.contentBase64, 'base64').toString('utf8'))).toEqual(
      exported.json,
    );
    expect(exported.json.ValDtls).toEqual({
      AssVal: 6000,
      CgstVal: 0,
      SgstVal: 0,
      IgstVal: 1080,
      RndOffAmt: 0,
      TotInvVal: 7080,
    });

    const response = fakeIrpResponse(exported.json);
    const responseJson = JSON.stringify({ data: response });
    const registered = await data('einvoice.importResponse', { id, responseJson });
    expect(registered).toEqual({
      irn: response.Irn,
      ackNumber: String(response.AckNo),
      ackDate: response.AckDt,
      signedQr: response.SignedQRCode,
    });
    expect(await data('einvoice.get', { id })).toEqual(registered);
    expect(await call('einvoice.importResponse', { id, responseJson })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'id' },
    });
  });

  it('name the field of bad input and save nothing', async () => {
    const id = await issuedInvoice();
    const audits = count(ledger, 'audit_log');
    expect(await call('einvoice.export', { id: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'id' },
    });
    expect(await call('einvoice.importResponse', { id })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'responseJson',
        message: "Choose or paste the IRP's response (JSON)",
      },
    });
    expect(await call('einvoice.importResponse', { id, responseJson: '   ' })).toMatchObject({
      ok: false,
      error: { field: 'responseJson' },
    });
    const { json } = await data<Exported>('einvoice.export', { id });
    const badIrn = JSON.stringify({ ...fakeIrpResponse(json), Irn: 'not-an-irn' });
    expect(await call('einvoice.importResponse', { id, responseJson: badIrn })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'responseJson',
        message: 'Irn: Irn must be the 64 hexadecimal characters of the Invoice Reference Number',
      },
    });
    expect(await call('einvoice.get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
    expect(count(ledger, 'e_invoices')).toBe(0);
    expect(count(ledger, 'audit_log')).toBe(audits);
  });
});
