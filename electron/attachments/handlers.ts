import { addAttachment, listAttachments, readAttachment } from '../../db/attachments/attachments';
import { BahiError } from '../../shared/result';
import { defineHandlers } from '../ipc/router';

export const attachmentsHandlers = defineHandlers({
  'attachments.add': ({ contentBase64, ...a }, { ledger, actor }) =>
    addAttachment(ledger, { ...a, bytes: Buffer.from(contentBase64, 'base64') }, actor),
  'attachments.list': ({ ownerKind, ownerId }, { ledger }) =>
    listAttachments(ledger, ownerKind, ownerId),
  'attachments.get': ({ id }, { ledger }) => {
    const { attachment, bytes } = readAttachment(ledger, id);
    return {
      fileName: attachment.fileName,
      mimeType: attachment.mimeType,
      contentBase64: bytes.toString('base64'),
    };
  },
  'attachments.open': async ({ id }, { ledger, openFile }) => {
    if (!openFile) {
      throw new BahiError(
        'FORBIDDEN',
        'Opening with the system viewer needs the desktop app; download the file instead',
        {
          field: 'id',
        },
      );
    }
    await openFile(readAttachment(ledger, id).path);
    return { opened: true };
  },
});
