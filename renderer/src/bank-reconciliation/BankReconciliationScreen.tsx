import { Badge, Box, Button, FileButton, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { BankLine } from '../../../shared/bank-reconciliation/contract';
import { todayIso } from '../../../shared/dates';
import type { BankAccount } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { BankAccountSelect } from '../receipts/selects';
import { useReport } from '../reports/collections/hooks';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { notifyError, notifySuccess } from '../ui/notify';
import { ImportOutcome } from './ImportOutcome';
import { CreateReceiptDialog, UnmatchDialog } from './LineDialogs';
import { MatchedTable, UnmatchedTable, type MatchedLine } from './LinesPanels';
import { MappingDialog } from './MappingDialog';
import { StatementPanel } from './StatementPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useStatementImport } from './useStatementImport';

type Dialog =
  | { kind: 'create'; line: BankLine; customer: { id: number; label: string } | null }
  | { kind: 'unmatch'; matched: MatchedLine }
  | null;

const STATEMENT_FILES = '.csv,.txt,.xlsx,.sta,.mt940,.940,.xml';

const FILL = { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } as const;

function Count({ n }: { n: number | undefined }) {
  return (
    <Badge size="sm" variant="light" circle>
      {n ?? '·'}
    </Badge>
  );
}

/**
 * Bank reconciliation for one bank account: import its statement, match credits to receipts
 * (one by one or all above a score), create receipts from lines, un-match, the lines still
 * waiting with their age, and the reconciliation statement as of a date.
 */
export function BankReconciliationScreen() {
  const api = useApi();
  const [accounts, setAccounts] = useState<BankAccount[] | null>(null);
  const [bankAccountId, setBankAccountId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [asOfText, setAsOfText] = useState(() => dateText(todayIso()));
  const [asOf, setAsOf] = useState<string>(() => todayIso());
  const [dialog, setDialog] = useState<Dialog>(null);
  const reload = () => setVersion((v) => v + 1);
  const importer = useStatementImport(bankAccountId, reload);

  useEffect(() => {
    let live = true;
    void api.bankAccounts.list({}).then((r) => {
      if (!live) return;
      if (!r.ok) return notifyError(r.error.message, 'Bank accounts not loaded');
      const banks = r.data.filter((a) => a.kind === 'bank');
      setAccounts(banks);
      setBankAccountId((id) => id ?? banks[0]?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const key = bankAccountId === null ? null : `${bankAccountId}:${version}`;
  const id = bankAccountId ?? 0;
  const suggestions = useReport(
    key,
    () => api.bankReconciliation.suggestions({ bankAccountId: id }),
    'Suggestions not loaded',
  ).data;
  const queue = useReport(
    key,
    () => api.bankReconciliation.queue({ bankAccountId: id, asOf: todayIso() }),
    'Unmatched lines not loaded',
  ).data;
  const matched = useReport(
    key,
    () => api.bankReconciliation.matched({ bankAccountId: id }),
    'Matched lines not loaded',
  ).data;
  const statement = useReport(
    key && `${key}:${asOf}`,
    () => api.bankReconciliation.statement({ bankAccountId: id, asOf }),
    'Reconciliation statement not loaded',
  ).data;

  const onAsOf = (text: string) => {
    setAsOfText(text);
    const parsed = parseDateText(text, 'As-of date');
    if (parsed.ok && parsed.iso) setAsOf(parsed.iso);
  };

  const finish = (message: string) => {
    setDialog(null);
    notifySuccess(message);
    reload();
  };
  const createReceipt = (line: BankLine, customer: { id: number; label: string } | null = null) =>
    setDialog({ kind: 'create', line, customer });
  const account = accounts?.find((a) => a.id === bankAccountId);

  let body: ReactNode;
  if (accounts === null) body = <Loader size="sm" />;
  else if (accounts.length === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="no-bank-accounts">
        There is no bank account yet: add one on the Company screen, then import its statement.
      </Text>
    );
  else
    body = (
      <Tabs defaultValue="suggestions" style={FILL}>
        <Tabs.List>
          <Tabs.Tab value="suggestions" rightSection={<Count n={suggestions?.length} />}>
            Suggestions
          </Tabs.Tab>
          <Tabs.Tab value="unmatched" rightSection={<Count n={queue?.length} />}>
            Unmatched
          </Tabs.Tab>
          <Tabs.Tab value="matched" rightSection={<Count n={matched?.length} />}>
            Matched
          </Tabs.Tab>
          <Tabs.Tab value="statement">Reconciliation statement</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="suggestions" pt="sm" style={FILL}>
          {suggestions ? (
            <SuggestionsPanel
              bankAccountId={id}
              lines={suggestions}
              onChanged={reload}
              onCreateReceipt={createReceipt}
            />
          ) : (
            <Loader size="sm" />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="unmatched" pt="sm" style={FILL}>
          <UnmatchedTable lines={queue ?? []} onCreateReceipt={(l) => createReceipt(l)} />
        </Tabs.Panel>
        <Tabs.Panel value="matched" pt="sm" style={FILL}>
          <MatchedTable
            lines={matched ?? []}
            onUnmatch={(m) => setDialog({ kind: 'unmatch', matched: m })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="statement" pt="sm" style={FILL}>
          <Stack gap="sm" style={FILL}>
            <DateInput label="As of" w={160} value={asOfText} onChange={onAsOf} />
            <StatementPanel statement={statement} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    );

  return (
    <Box style={{ ...FILL, gap: 12 }}>
      <ScreenHeader
        title="Bank reconciliation"
        subtitle="The bank's statement against the receipts in the books: match, create, and reconcile"
      >
        {accounts && accounts.length > 0 && (
          <BankAccountSelect
            label="Bank account"
            w={240}
            accounts={accounts}
            value={bankAccountId}
            onChange={(v) => {
              setBankAccountId(v);
              importer.dismiss();
            }}
          />
        )}
        <FileButton
          onChange={(f) => void importer.pick(f)}
          accept={STATEMENT_FILES}
          inputProps={{ 'aria-label': 'Bank statement file' }}
        >
          {(props) => (
            <Button
              {...props}
              mt="auto"
              disabled={!bankAccountId}
              loading={importer.busy}
              leftSection={<IconFileImport size={16} />}
            >
              Import statement…
            </Button>
          )}
        </FileButton>
      </ScreenHeader>
      <ImportOutcome state={importer.state} onClose={importer.dismiss} />
      {body}
      {importer.state.kind === 'mapping' && (
        <MappingDialog
          upload={importer.state.upload}
          columns={importer.state.columns}
          message={importer.state.message}
          accountName={account?.name ?? 'this account'}
          importMapped={importer.importMapped}
          onClose={importer.dismiss}
        />
      )}
      {dialog?.kind === 'create' && (
        <CreateReceiptDialog
          line={dialog.line}
          customer={dialog.customer}
          onClose={() => setDialog(null)}
          onCreated={finish}
        />
      )}
      {dialog?.kind === 'unmatch' && (
        <UnmatchDialog
          line={dialog.matched.line}
          receiptNumber={dialog.matched.match.receiptNumber}
          onClose={() => setDialog(null)}
          onDone={finish}
        />
      )}
    </Box>
  );
}
