import { Alert, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Company } from '../../../shared/company/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { notifySuccess } from '../ui/notify';
import { ChartOfAccounts } from '../accounts/ChartOfAccounts';
import { BankAccounts } from '../bank-accounts/BankAccounts';
import { CompanyForm } from './CompanyForm';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; company: Company | null };

export function CompanySettings({ onSaved }: { onSaved: () => void }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void api.company.get().then((r) => {
      if (!live) return;
      setLoaded(
        r.ok ? { state: 'ready', company: r.data } : { state: 'error', message: r.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <Stack gap="md">
      <ScreenHeader
        title="Company"
        subtitle="Details printed on invoices, statements and reminders"
      />
      {loaded.state === 'loading' && <Loader size="sm" />}
      {loaded.state === 'error' && <Alert color="red">{loaded.message}</Alert>}
      {loaded.state === 'ready' && (
        <CompanyForm
          // Remount after a save so the form shows the ledger's normalised values (+91 phones, upper-case IFSC).
          key={loaded.company?.updatedAt ?? 'new'}
          company={loaded.company}
          submitLabel="Save changes"
          submit={(input) => api.company.update(input)}
          onSaved={(company) => {
            setLoaded({ state: 'ready', company });
            notifySuccess('Company details saved');
            onSaved();
          }}
        />
      )}
      {loaded.state === 'ready' && loaded.company && <BankAccounts />}
      {loaded.state === 'ready' && loaded.company && <ChartOfAccounts />}
    </Stack>
  );
}
