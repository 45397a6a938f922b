import { Badge, Box, Button, Group, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { IconMail, IconBrandWhatsapp, IconFileText, IconTemplate } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  REMINDER_LEVELS,
  REMINDER_LEVEL_LABELS,
  type DunningProposal,
  type ReminderChannel,
  type ReminderSent,
} from '../../../shared/reminders/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { inr } from '../customer-accounts/format';
import { AsOfInput } from '../ui/AsOfInput';
import { downloadBase64 } from '../ui/files';
import { notifyError, notifySuccess } from '../ui/notify';
import { SendReminderDialog } from './SendReminderDialog';
import { TemplatesDialog } from './TemplatesDialog';

const LEVEL_COLOURS = ['teal', 'blue', 'yellow', 'orange', 'red', 'grape'];

/** What to do with what sending made: open the draft or link, or hand the file over. */
function deliver(sent: ReminderSent) {
  if (sent.file && !sent.opened) {
    downloadBase64(sent.file.fileName, sent.file.mimeType, sent.file.contentBase64);
  }
  if (sent.reminder.channel === 'whatsapp' && sent.link) {
    window.open(sent.link, '_blank', 'noopener');
  }
  notifySuccess(
    `${REMINDER_LEVEL_LABELS[sent.reminder.level]} to ${sent.reminder.customerName} logged` +
      (sent.opened ? ': the draft is open in your mail program' : ''),
  );
}

/** The dunning run as of a date: the next level for every customer due, reviewed and sent. */
export function RemindersScreen() {
  const api = useApi();
  const [asOf, setAsOf] = useState<string>(() => todayIso());
  const [rows, setRows] = useState<DunningProposal[] | null>(null);
  const [version, setVersion] = useState(0);
  const [sending, setSending] = useState<{ p: DunningProposal; channel: ReminderChannel } | null>(
    null,
  );
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    let live = true;
    void api.reminders.run({ asOf }).then((r) => {
      if (!live) return;
      if (!r.ok) return notifyError(r.error.message, 'Dunning run not loaded');
      setRows(r.data.proposals);
    });
    return () => {
      live = false;
    };
  }, [api, asOf, version]);

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Reminders"
        subtitle="The next reminder for every customer due; disputed invoices and pending promises are left out"
      >
        <Button
          variant="default"
          leftSection={<IconTemplate size={15} />}
          onClick={() => setEditing(true)}
        >
          Templates
        </Button>
      </ScreenHeader>
      <Group align="flex-end" gap="md">
        <AsOfInput asOf={asOf} onAsOf={setAsOf} />
        <Text size="sm" ml="auto" pb={8} className="bahi-number" data-testid="reminders-count">
          {rows ? `${rows.length} to remind` : ''}
        </Text>
      </Group>
      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea h="100%">
          <Table stickyHeader verticalSpacing={5} horizontalSpacing={10} fz="sm">
            <Table.Thead bg="gray.1">
              <Table.Tr>
                <Table.Th>Customer</Table.Th>
                <Table.Th>Level</Table.Th>
                <Table.Th>Invoices</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Last sent</Table.Th>
                <Table.Th>Left out</Table.Th>
                <Table.Th>Send</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody className="bahi-number">
              {rows?.map((p) => (
                <Table.Tr key={p.customerId} data-testid="reminder-row">
                  <Table.Td>
                    <Text size="sm">{p.customerName}</Text>
                    <Text size="xs" c="dimmed">
                      {p.customerCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={LEVEL_COLOURS[REMINDER_LEVELS.indexOf(p.level)]}>
                      {REMINDER_LEVEL_LABELS[p.level]}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {p.oldestDaysPastDue > 0
                        ? `${p.oldestDaysPastDue} days overdue`
                        : `due in ${-p.oldestDaysPastDue} days`}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="reminder-invoices">
                    {p.invoices.map((x) => x.number).join(', ')}
                  </Table.Td>
                  <Table.Td ta="right">{inr(p.amount)}</Table.Td>
                  <Table.Td>
                    {p.lastLevel ? `${REMINDER_LEVEL_LABELS[p.lastLevel]} on ${p.lastSentOn}` : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {[
                        p.disputedLeftOut && `${p.disputedLeftOut} disputed`,
                        p.promisedLeftOut && `${p.promisedLeftOut} promised`,
                      ]
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconMail size={13} />}
                        onClick={() => setSending({ p, channel: 'email' })}
                      >
                        E-mail
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="green"
                        leftSection={<IconBrandWhatsapp size={13} />}
                        onClick={() => setSending({ p, channel: 'whatsapp' })}
                      >
                        WhatsApp
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="gray"
                        leftSection={<IconFileText size={13} />}
                        onClick={() => setSending({ p, channel: 'letter' })}
                      >
                        Letter
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {rows?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      No reminders due as of this date.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
      {sending && (
        <SendReminderDialog
          proposal={sending.p}
          asOf={asOf}
          initialChannel={sending.channel}
          onClose={() => setSending(null)}
          onSent={(sent) => {
            setSending(null);
            deliver(sent);
            setVersion((v) => v + 1);
          }}
        />
      )}
      {editing && (
        <TemplatesDialog
          onClose={() => {
            setEditing(false);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Box>
  );
}
