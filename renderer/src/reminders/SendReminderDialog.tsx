import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  REMINDER_CHANNEL_LABELS,
  REMINDER_LEVEL_LABELS,
  type DunningProposal,
  type ReminderChannel,
  type ReminderMessage,
  type ReminderSent,
} from '../../../shared/reminders/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { useDialogForm, LedgerDialog } from '../ui/LedgerDialog';
import { notifyError } from '../ui/notify';

const FIELDS = new Set(['channel', 'documentIds', 'asOf', 'whatsapp', 'customerId']);

const ACTIONS: Record<ReminderChannel, string> = {
  email: 'Create e-mail draft',
  whatsapp: 'Open WhatsApp',
  letter: 'Make the letter PDF',
};

/** Review the words of a customer's reminder, choose how it goes, and send (it is logged). */
export function SendReminderDialog({
  proposal,
  asOf,
  initialChannel,
  onSent,
  onClose,
}: {
  proposal: DunningProposal;
  asOf: string;
  initialChannel: ReminderChannel;
  onSent: (sent: ReminderSent) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const [channel, setChannel] = useState<ReminderChannel>(initialChannel);
  const [message, setMessage] = useState<ReminderMessage | null>(null);
  const form = useDialogForm(FIELDS);

  useEffect(() => {
    let live = true;
    void api.reminders.preview({ customerId: proposal.customerId, asOf }).then((r) => {
      if (!live) return;
      if (!r.ok) return notifyError(r.error.message, 'Reminder not prepared');
      setMessage(r.data);
    });
    return () => {
      live = false;
    };
  }, [api, proposal.customerId, asOf]);

  const send = () =>
    void form.submit(
      {},
      () => api.reminders.send({ customerId: proposal.customerId, asOf, channel }),
      onSent,
    );

  return (
    <LedgerDialog
      title={`${REMINDER_LEVEL_LABELS[proposal.level]} to ${proposal.customerName}`}
      intro={`${proposal.invoices.length} invoice(s), ${inr(proposal.amount)}. Sending logs it as a follow-up.`}
      general={form.general ?? form.errors.whatsapp ?? form.errors.channel ?? null}
      busy={form.busy}
      action={ACTIONS[channel]}
      onAction={send}
      onClose={onClose}
    >
      <SegmentedControl
        aria-label="Send by"
        value={channel}
        onChange={(v) => setChannel(v as ReminderChannel)}
        data={(Object.keys(REMINDER_CHANNEL_LABELS) as ReminderChannel[]).map((c) => ({
          value: c,
          label: REMINDER_CHANNEL_LABELS[c],
        }))}
      />
      {message && (
        <Stack gap={6}>
          {channel === 'email' && (
            <>
              <TextInput label="To" readOnly value={message.to ?? '(no e-mail on the customer)'} />
              <TextInput label="Subject" readOnly value={message.subject} />
              <Textarea label="E-mail" readOnly autosize maxRows={12} value={message.emailBody} />
              <Text size="xs" c="dimmed">
                The statement of account as on {asOf} is attached as a PDF.
              </Text>
            </>
          )}
          {channel === 'whatsapp' && (
            <>
              <TextInput label="WhatsApp" readOnly value={message.whatsappNumber ?? '(none)'} />
              <Textarea
                label="Message"
                readOnly
                autosize
                maxRows={12}
                value={message.whatsappText}
              />
            </>
          )}
          {channel === 'letter' && (
            <Textarea label="Letter" readOnly autosize maxRows={12} value={message.letterBody} />
          )}
        </Stack>
      )}
    </LedgerDialog>
  );
}
