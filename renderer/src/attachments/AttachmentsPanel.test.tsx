import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/attachments/contract';
import {
  captureDownloads,
  fail,
  fakeTransport,
  ok,
  renderWithApi,
  type FakeHandlers,
} from '../test-utils';
import { formatSize } from './attachmentFiles';
import { AttachmentsPanel } from './AttachmentsPanel';

const po: Attachment = {
  id: 3,
  ownerKind: 'order',
  ownerId: 5,
  fileName: 'PO-4512.pdf',
  mimeType: 'application/pdf',
  size: 48_230,
  sha256: 'a'.repeat(64),
  createdAt: '2025-05-05T06:30:00.000Z',
};

const pdfBytes = () => new File(['%PDF-1.4 approval'], 'approval.pdf', { type: 'application/pdf' });

const downloads = captureDownloads();

function ledger(files: Attachment[], extra: FakeHandlers = {}) {
  const stored = [...files];
  return fakeTransport({
    'attachments.list': () => ok(stored),
    'attachments.add': ({ fileName, ownerKind, ownerId }) => {
      const a = { ...po, id: 9, fileName, ownerKind, ownerId, size: 17 };
      stored.push(a);
      return ok(a);
    },
    'attachments.get': () =>
      ok({ fileName: po.fileName, mimeType: po.mimeType, contentBase64: 'JVBERi0=' }),
    ...extra,
  });
}

const panel = (desktop: boolean, transport: ReturnType<typeof fakeTransport>) =>
  renderWithApi(<AttachmentsPanel ownerKind="order" ownerId={5} desktop={desktop} />, transport);

describe('AttachmentsPanel', () => {
  it('lists the files with size and date, and attaches a PDF read as base64', async () => {
    const user = userEvent.setup();
    const transport = ledger([po]);
    panel(false, transport);
    const row = await screen.findByTestId('attachment-row');
    expect(row).toHaveTextContent('PO-4512.pdf');
    expect(row).toHaveTextContent('PDF · 47.1 KB');
    expect(row).toHaveTextContent(/\d{2}-05-2025 \d{2}:\d{2}/);

    await user.upload(screen.getByTestId('attachment-file-input'), pdfBytes());
    await waitFor(() => expect(screen.getAllByTestId('attachment-row')).toHaveLength(2));
    expect(transport.inputsOf('attachments.add')).toEqual([
      {
        ownerKind: 'order',
        ownerId: 5,
        fileName: 'approval.pdf',
        contentBase64: btoa('%PDF-1.4 approval'),
      },
    ]);
    expect(screen.getByText('Attachments (2)')).toBeVisible();
  });

  it('refuses other kinds of file before sending, and shows the ledger’s own refusal', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const transport = ledger([], {
      'attachments.add': () =>
        fail({
          code: 'VALIDATION',
          message: 'Attach a PDF, PNG, JPEG or Excel (.xlsx) file',
          field: 'contentBase64',
        }),
    });
    panel(false, transport);
    await screen.findByText(/No files yet/);
    const input = screen.getByTestId('attachment-file-input');

    await user.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(screen.getByTestId('attachment-problem')).toHaveTextContent(
      'Attach a PDF, PNG, JPEG or Excel (.xlsx) file',
    );
    expect(transport.inputsOf('attachments.add')).toEqual([]);

    // A text file renamed .pdf passes the first look; the ledger reads its bytes and says no.
    await user.upload(input, new File(['hello'], 'renamed.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(transport.inputsOf('attachments.add')).toHaveLength(1));
    expect(screen.getByTestId('attachment-problem')).toHaveTextContent(
      'Attach a PDF, PNG, JPEG or Excel (.xlsx) file',
    );
    expect(screen.queryByTestId('attachment-row')).toBeNull();
  });

  it('downloads in browser mode without asking for the system viewer', async () => {
    const user = userEvent.setup();
    const transport = ledger([po]);
    panel(false, transport);
    const row = await screen.findByTestId('attachment-row');
    expect(within(row).queryByRole('button', { name: 'Open PO-4512.pdf' })).toBeNull();
    await user.click(within(row).getByRole('button', { name: 'PO-4512.pdf' }));
    await waitFor(() => expect(downloads).toEqual(['PO-4512.pdf']));
    expect(transport.inputsOf('attachments.open')).toEqual([]);
    expect(transport.inputsOf('attachments.get')).toEqual([{ id: 3 }]);
  });

  it('opens with the system viewer on the desktop, and downloads when that is refused', async () => {
    const user = userEvent.setup();
    let allowed = true;
    const transport = ledger([po], {
      'attachments.open': () =>
        allowed
          ? ok({ opened: true })
          : fail({
              code: 'FORBIDDEN',
              message: 'Opening with the system viewer needs the desktop app',
              field: 'id',
            }),
    });
    panel(true, transport);
    const row = await screen.findByTestId('attachment-row');
    await user.click(within(row).getByRole('button', { name: 'Open PO-4512.pdf' }));
    await waitFor(() => expect(transport.inputsOf('attachments.open')).toHaveLength(1));
    expect(downloads).toEqual([]);

    allowed = false;
    await user.click(within(row).getByRole('button', { name: 'Open PO-4512.pdf' }));
    await waitFor(() => expect(downloads).toEqual(['PO-4512.pdf']));
    expect(transport.inputsOf('attachments.get')).toEqual([{ id: 3 }]);
  });
});

describe('formatSize', () => {
  it.each([
    [820, '820 B'],
    [14_336, '14 KB'],
    [2_516_582, '2.4 MB'],
  ])('%i bytes → %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
