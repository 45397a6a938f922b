import {
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import type { BankLine, MatchSuggestion } from '../../../shared/bank-reconciliation/contract';
import type { Output } from '../../../shared/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { plural } from '../ui/format';
import { notifyError, notifySuccess } from '../ui/notify';

export type LineSuggestions = Output<'bankReconciliation.suggestions'>[number];

export const DEFAULT_THRESHOLD = 80;

const scoreColor = (score: number, threshold: number) =>
  score >= threshold ? 'teal' : score >= 60 ? 'yellow' : 'gray';

function what(s: MatchSuggestion) {
  return s.kind === 'receipt'
    ? `Receipt ${s.receiptNumber}`
    : `New receipt for ${s.invoiceNumbers.join(', ')}${s.tdsAmount ? `, TDS ${inr(s.tdsAmount)}` : ''}`;
}

interface SuggestionsPanelProps {
  bankAccountId: number;
  lines: LineSuggestions[];
  onChanged: () => void;
  onCreateReceipt: (line: BankLine, customer: { id: number; label: string } | null) => void;
}

/** Every unmatched credit with what it may be, best first: accept one, or all above a score. */
export function SuggestionsPanel({
  bankAccountId,
  lines,
  onChanged,
  onCreateReceipt,
}: SuggestionsPanelProps) {
  const api = useApi();
  const [typed, setTyped] = useState<number | string>(DEFAULT_THRESHOLD);
  // What is typed counts once it is a whole score the ledger takes; meanwhile the last one stands.
  const [threshold, setThreshold] = useState<number>(DEFAULT_THRESHOLD);
  const [busy, setBusy] = useState<string | null>(null);
  const above = lines.filter((l) => (l.suggestions[0]?.score ?? 0) >= threshold).length;
  const typedOk = typeof typed === 'number' && typed >= 50 && typed <= 100;

  const acceptAll = async () => {
    if (busy || !typedOk) return;
    setBusy('all');
    const r = await api.bankReconciliation.acceptAbove({ bankAccountId, threshold });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message, 'Matches not accepted');
    const created = r.data.matched.filter((m) => m.created).length;
    notifySuccess(
      `Accepted ${plural(r.data.matched.length, 'match', 'matches')} at ${r.data.threshold} or above` +
        `${created ? ` (${plural(created, 'receipt')} created)` : ''}; ${plural(r.data.left, 'line')} left`,
    );
    onChanged();
  };

  const accept = async (s: MatchSuggestion) => {
    if (busy) return;
    setBusy(`${s.lineId}`);
    const r =
      s.kind === 'receipt'
        ? await api.bankReconciliation.match({
            lineId: s.lineId,
            receiptId: s.receiptId,
            score: s.score,
            reasons: s.reasons,
          })
        : await api.bankReconciliation.createReceipt({
            lineId: s.lineId,
            customerId: s.customerId,
            allocations: s.allocations,
            tdsAmount: s.tdsAmount,
            tdsRateBps: s.tdsRateBps,
          });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message, 'Match not accepted');
    notifySuccess(`${what(s)} from ${s.customerName} matched`);
    onChanged();
  };

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" data-testid="suggestions-summary">
          {plural(lines.length, 'credit')} not yet matched; {plural(above, 'top suggestion')} at{' '}
          {threshold} or above
        </Text>
        <Group gap="xs" align="flex-end">
          <NumberInput
            label="Accept all above"
            w={130}
            min={50}
            max={100}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={typed}
            error={typedOk ? undefined : 'A score from 50 to 100'}
            onChange={(v) => {
              setTyped(v);
              if (typeof v === 'number' && v >= 50 && v <= 100) setThreshold(v);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void acceptAll();
            }}
          />
          <Button
            leftSection={<IconChecks size={16} />}
            loading={busy === 'all'}
            disabled={above === 0 || !typedOk}
            onClick={() => void acceptAll()}
          >
            Accept all above {threshold}
          </Button>
        </Group>
      </Group>
      <ScrollArea style={{ flex: 1, minHeight: 0 }}>
        <Stack gap="xs">
          {lines.map(({ line, suggestions }) => (
            <Paper key={line.id} withBorder radius="sm" p="xs" data-testid="suggestion-line">
              <Group justify="space-between" wrap="nowrap" mb={suggestions.length ? 6 : 0}>
                <Text size="sm">
                  <span className="bahi-number">{dateText(line.date)}</span> ·{' '}
                  <span className="bahi-mono">{line.narration}</span>
                  {line.reference ? ` · ref ${line.reference}` : ''}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600} className="bahi-number" style={{ whiteSpace: 'nowrap' }}>
                    {inr(line.amount)}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      const top = suggestions.find((s) => s.kind === 'new_receipt');
                      onCreateReceipt(
                        line,
                        top ? { id: top.customerId, label: top.customerName } : null,
                      );
                    }}
                  >
                    Create receipt…
                  </Button>
                </Group>
              </Group>
              {suggestions.length === 0 ? (
                <Text size="xs" c="dimmed">
                  No suggestion: no receipt or open invoice fits this line.
                </Text>
              ) : (
                <Table fz="sm" verticalSpacing={4} aria-label="Suggestions">
                  <Table.Tbody>
                    {suggestions.map((s, i) => (
                      <Table.Tr key={i} data-testid="suggestion">
                        <Table.Td w={64}>
                          <Badge
                            variant="light"
                            color={scoreColor(s.score, threshold)}
                            aria-label={`Score ${s.score}`}
                          >
                            {s.score}
                          </Badge>
                        </Table.Td>
                        <Table.Td w={260}>
                          <Text size="sm" fw={500}>
                            {what(s)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {s.customerName}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <List size="xs" c="dimmed">
                            {s.reasons.map((reason) => (
                              <List.Item key={reason}>{reason}</List.Item>
                            ))}
                          </List>
                        </Table.Td>
                        <Table.Td w={90} ta="right">
                          <Button
                            size="compact-sm"
                            variant={i === 0 ? 'filled' : 'light'}
                            loading={busy === `${s.lineId}`}
                            onClick={() => void accept(s)}
                          >
                            Accept
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          ))}
          {lines.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              Every credit on the statement is matched. Import the next statement to go on.
            </Text>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
