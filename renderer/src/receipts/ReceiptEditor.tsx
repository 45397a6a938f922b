import { Alert, Button, Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { BankAccount, Receipt } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { ReceiptEntry } from './ReceiptEntry';
import { newReceiptValues } from './receiptForm';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; accounts: BankAccount[] };

interface ReceiptEditorProps {
  onBack: () => void;
  /** F6 from inside the form: a fresh receipt. */
  onNew: () => void;
  onSaved: (receipt: Receipt) => void;
}

/** A new receipt: the accounts money can go into first, then the form. */
export function ReceiptEditor({ onBack, onNew, onSaved }: ReceiptEditorProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [initial] = useState(() => newReceiptValues(todayIso()));

  useEffect(() => {
    let current = true;
    void api.bankAccounts.list({}).then((r) => {
      if (!current) return;
      setLoaded(
        r.ok ? { state: 'ready', accounts: r.data } : { state: 'error', message: r.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api]);

  if (loaded.state === 'loading') {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') {
    return (
      <Alert color="red" title="Could not start a receipt">
        {loaded.message}
        <Button size="xs" variant="white" ml="sm" onClick={onBack}>
          Back
        </Button>
      </Alert>
    );
  }
  return (
    <ReceiptEntry
      initial={initial}
      accounts={loaded.accounts}
      onBack={onBack}
      onNew={onNew}
      onSaved={onSaved}
    />
  );
}
