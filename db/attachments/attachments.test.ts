import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import { orderInput } from '../../shared/orders/contract';
import { setupCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { createOrder } from '../orders/orders';
import { count, tempLedger } from '../testing';
import {
  addAttachment,
  attachmentsDir,
  displayName,
  listAttachments,
  readAttachment,
  sniffMime,
} from './attachments';

let ledger: ReturnType<typeof tempLedger>;
let orderId: number;
beforeEach(() => {
  ledger = tempLedger();
  setupCompany(ledger, companyInput.parse({ legalName: 'Sahyadri', stateCode: '27' }), 't');
  const customerId = createCustomer(
    ledger,
    customerInput.parse({ code: 'C', name: 'C', stateCode: '27' }),
    't',
  ).id;
  orderId = createOrder(
    ledger,
    orderInput.parse({
      kind: 'estimate',
      customerId,
      date: '2025-05-01',
      lines: [
        {
          description: 'x',
          hsnSac: '998596',
          unit: 'NOS',
          quantity: '1',
          rate: 100,
          gstRateBps: 1800,
        },
      ],
    }),
    't',
  ).id;
});
afterEach(() => ledger.cleanup());

const PDF = Buffer.from('%PDF-1.7\n% job sheet\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('rest'),
]);

describe('attachments', () => {
  it('store each file once, under its hash, inside the data folder, whatever its name says', () => {
    const a = addAttachment(
      ledger,
      {
        ownerKind: 'order',
        ownerId: orderId,
        fileName: '..\\..\\Windows\\approval.pdf',
        bytes: PDF,
      },
      't',
    );
    const b = addAttachment(
      ledger,
      { ownerKind: 'order', ownerId: orderId, fileName: '../../../etc/passwd', bytes: PDF },
      't',
    );
    expect(a.fileName).toBe('approval.pdf');
    expect(b.fileName).toBe('passwd');
    const sha = createHash('sha256').update(PDF).digest('hex');
    expect(a.sha256).toBe(sha);
    const { path } = readAttachment(ledger, a.id);
    expect(path).toBe(join(attachmentsDir(ledger), sha.slice(0, 2), `${sha}.pdf`));
    expect(readdirSync(join(attachmentsDir(ledger), sha.slice(0, 2)))).toEqual([`${sha}.pdf`]);
    expect(count(ledger, 'attachments')).toBe(1);
    expect(listAttachments(ledger, 'order', orderId).map((x) => x.fileName)).toEqual([
      'approval.pdf',
      'passwd',
    ]);
    expect(existsSync(join(ledger.dir, '..', 'etc'))).toBe(false);
  });

  it('accepts PDF, images and Excel by their bytes, and refuses anything else', () => {
    expect(sniffMime(PDF)).toBe('application/pdf');
    expect(sniffMime(PNG)).toBe('image/png');
    expect(sniffMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMime(Buffer.from('MZ executable'))).toBeNull();
    expect(() =>
      addAttachment(
        ledger,
        {
          ownerKind: 'order',
          ownerId: orderId,
          fileName: 'invoice.pdf',
          bytes: Buffer.from('MZ\x90\x00'),
        },
        't',
      ),
    ).toThrow(/Attach a PDF, PNG, JPEG or Excel/);
    expect(() =>
      addAttachment(
        ledger,
        { ownerKind: 'document', ownerId: 999, fileName: 'x.pdf', bytes: PDF },
        't',
      ),
    ).toThrow(/no document with id 999/);
    expect(count(ledger, 'attachment_links')).toBe(0);
  });

  it('notices a stored file that was changed on disk', () => {
    const a = addAttachment(
      ledger,
      { ownerKind: 'order', ownerId: orderId, fileName: 'po.png', bytes: PNG },
      't',
    );
    writeFileSync(readAttachment(ledger, a.id).path, 'tampered');
    expect(() => readAttachment(ledger, a.id)).toThrow(/missing or damaged/);
  });

  it('keeps names readable but never as paths', () => {
    expect(displayName('C:\\Users\\me\\Desktop\\Job sheet 12.pdf')).toBe('Job sheet 12.pdf');
    expect(displayName('..')).toBe('attachment');
    expect(displayName('.hidden\u0000.pdf')).toBe('hidden.pdf');
  });
});
