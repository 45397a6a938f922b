import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { CompanySetup } from '../company/CompanySetup';
import { Shell } from './Shell';
import { useAppStatus } from './useAppStatus';

/** First run until the ledger has a company; then the main shell. */
export function App() {
  const { status, reload, setStatus } = useAppStatus();

  if (status.state === 'loading') {
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    );
  }
  if (status.state === 'error') {
    return (
      <Center h="100%">
        <Stack maw={480}>
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title="Bahi could not open the ledger"
          >
            {status.message}
          </Alert>
          <Button variant="default" onClick={() => void reload()}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!status.status.hasCompany) return <CompanySetup onDone={() => void reload()} />;
  return (
    // A different ledger (sample or own) starts with fresh screens and caches.
    <Shell
      key={`${status.status.ledgerPath}|${status.status.isSample}`}
      status={status.status}
      onStatus={(next) => setStatus({ state: 'ready', status: next })}
      reloadStatus={() => void reload()}
    />
  );
}
