import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Attachment } from '../../../shared/attachments/contract';
import type { GstDocument, JournalEntry } from '../../../shared/invoices/contract';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { InvoiceView } from './InvoiceView';
import { draftDocument } from './testLedger';

const issued: GstDocument = {
  ...draftDocument(9, { customerId: 1, date: '2025-06-15', lines: [] }),
  status: 'issued',
  number: 'INV/25-26/0001',
  dueDate: '2025-07-30',
  reference: 'PO/4711',
  issuedAt: '2025-06-15T06:30:00.000Z',
  lines: [
    {
      position: 1,
      itemId: 7,
      description: 'Ball valve 2"',
      hsnSac: '8481',
      unit: 'NOS',
      quantityMilli: 4000,
      rate: 150_000,
      discountPercentBps: null,
      discountAmount: null,
      gross: 600_000,
      discount: 0,
      taxable: 600_000,
      gstRateBps: 1800,
      cgst: 54_000,
      sgst: 54_000,
      igst: 0,
      total: 708_000,
    },
  ],
  totals: { taxable: 600_000, cgst: 54_000, sgst: 54_000, igst: 0, roundOff: 0, total: 708_000 },
  openBalance: 708_000,
};

const journal: JournalEntry[] = [
  {
    id: 1,
    date: '2025-06-15',
    narration: 'Invoice INV/25-26/0001 — Tata AutoComp Systems Ltd',
    lines: [
      {
        accountCode: '1200',
        accountName: 'Sundry Debtors',
        customerCode: 'TATAAUTO',
        debit: 708_000,
        credit: 0,
      },
      { accountCode: '4000', accountName: 'Sales', customerCode: null, debit: 0, credit: 600_000 },
      {
        accountCode: '2310',
        accountName: 'Output CGST',
        customerCode: null,
        debit: 0,
        credit: 54_000,
      },
      {
        accountCode: '2320',
        accountName: 'Output SGST',
        customerCode: null,
        debit: 0,
        credit: 54_000,
      },
    ],
  },
];

describe('InvoiceView', () => {
  it('shows an issued invoice read-only with its tax summary and the journal it posted', async () => {
    renderWithApi(
      <InvoiceView id={9} onBack={() => {}} onOpen={() => {}} />,
      fakeTransport({
        'invoices.get': () => ok(issued),
        'invoices.journal': () => ok(journal),
        'attachments.list': () => ok([]),
      }),
    );
    expect(await screen.findByTestId('document-title')).toHaveTextContent('Invoice INV/25-26/0001');
    expect(screen.getByTestId('document-facts')).toHaveTextContent('PO/4711');
    expect(screen.getByTestId('document-facts')).toHaveTextContent('30-07-2025');
    expect(screen.queryByRole('textbox')).toBeNull();
    const summary = screen.getByRole('table', { name: 'Tax summary' });
    const cells = within(within(summary).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '8481',
      '18%',
      '₹6,000.00',
      '₹540.00',
      '₹540.00',
    ]);
    const posted = screen.getByTestId('journal');
    expect(within(posted).getAllByTestId('journal-line')).toHaveLength(4);
    expect(within(posted).getByTestId('journal-debit')).toHaveTextContent('₹7,080.00');
    expect(within(posted).getByTestId('journal-credit')).toHaveTextContent('₹7,080.00');
    expect(screen.getByTestId('total-grand')).toHaveTextContent('₹7,080.00');
  });

  it('cancels with a dated credit note and opens it', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    let attempts = 0;
    const transport = fakeTransport({
      'invoices.get': () => ok(issued),
      'invoices.journal': () => ok(journal),
      'attachments.list': () => ok([]),
      'invoices.cancel': () =>
        ++attempts === 1
          ? fail({
              code: 'VALIDATION',
              message: 'The credit note cannot be dated before the invoice (2025-06-15)',
              field: 'date',
            })
          : ok({ ...issued, id: 10, kind: 'credit_note', number: 'CN/25-26/0001' }),
    });
    renderWithApi(<InvoiceView id={9} onBack={() => {}} onOpen={onOpen} />, transport);
    await user.click(await screen.findByRole('button', { name: 'Cancel invoice' }));
    const dialog = await screen.findByRole('dialog', { name: /Cancel invoice INV\/25-26\/0001/ });
    const date = within(dialog).getByRole('textbox', { name: 'Credit note date' });
    await user.clear(date);
    await user.type(date, '10-06-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel invoice' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription(/cannot be dated before/));

    await user.clear(date);
    await user.type(date, '20-06-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel invoice' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(10));
    expect(transport.inputsOf('invoices.cancel').at(-1)).toEqual({
      id: 9,
      date: '2025-06-20',
      reason: 'other',
      notes: '',
    });
    expect(await screen.findByText(/cancelled by credit note CN\/25-26\/0001/)).toBeVisible();
  });

  it('attaches a job sheet to an issued invoice, which stays as it was', async () => {
    const user = userEvent.setup();
    const stored: Attachment[] = [];
    const transport = fakeTransport({
      'invoices.get': () => ok(issued),
      'invoices.journal': () => ok(journal),
      'attachments.list': () => ok([...stored]),
      'attachments.add': ({ ownerKind, ownerId, fileName }) => {
        const a: Attachment = {
          id: 1,
          ownerKind,
          ownerId,
          fileName,
          mimeType: 'application/pdf',
          size: 17,
          sha256: 'b'.repeat(64),
          createdAt: '2025-06-16T05:00:00.000Z',
        };
        stored.push(a);
        return ok(a);
      },
    });
    renderWithApi(<InvoiceView id={9} onBack={() => {}} onOpen={() => {}} />, transport);
    const panel = await screen.findByTestId('attachments');
    // The panel is drawn before its list arrives: wait for the answer, not just the frame.
    await within(panel).findByText(/No files yet/);
    await user.upload(
      within(panel).getByTestId('attachment-file-input'),
      new File(['%PDF-1.4 job sheet'], 'job-sheet.pdf', { type: 'application/pdf' }),
    );

    expect(await within(panel).findByTestId('attachment-row')).toHaveTextContent('job-sheet.pdf');
    expect(transport.inputsOf('attachments.add')).toEqual([
      expect.objectContaining({ ownerKind: 'document', ownerId: 9, fileName: 'job-sheet.pdf' }),
    ]);
    expect(transport.inputsOf('attachments.list')[0]).toEqual({
      ownerKind: 'document',
      ownerId: 9,
    });
    // Only the attachment channels were called after loading: nothing asked to change the invoice.
    expect(transport.calls.map((c) => c.channel).filter((c) => c.startsWith('invoices.'))).toEqual([
      'invoices.get',
      'invoices.journal',
    ]);
    expect(screen.getByTestId('document-title')).toHaveTextContent('Invoice INV/25-26/0001');
  });

  it('shows the files of a credit note and of a draft alike', async () => {
    for (const doc of [
      { ...issued, id: 12, kind: 'credit_note' as const, number: 'CN/25-26/0001' },
      { ...issued, id: 13, status: 'draft' as const, number: null, issuedAt: null },
    ]) {
      const transport = fakeTransport({
        'invoices.get': () => ok(doc),
        'invoices.journal': () => ok([]),
        'attachments.list': ({ ownerId }) =>
          ok([
            {
              id: 4,
              ownerKind: 'document' as const,
              ownerId,
              fileName: `approval-${ownerId}.pdf`,
              mimeType: 'application/pdf',
              size: 2048,
              sha256: 'c'.repeat(64),
              createdAt: '2025-06-16T05:00:00.000Z',
            },
          ]),
      });
      const { unmount } = renderWithApi(
        <InvoiceView id={doc.id} onBack={() => {}} onOpen={() => {}} />,
        transport,
      );
      expect(await screen.findByTestId('attachment-row')).toHaveTextContent(
        `approval-${doc.id}.pdf`,
      );
      expect(transport.inputsOf('attachments.list')).toEqual([
        { ownerKind: 'document', ownerId: doc.id },
      ]);
      unmount();
    }
  });
});
