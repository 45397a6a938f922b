import { Alert, Button, List, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { VerifyReport } from '../../../shared/audit/contract';
import { useApi } from '../api/context';
import { notifyError } from '../ui/notify';

/** Re-checks the hash chain and SQLite's own integrity on demand. */
export function VerifyButton({ onReport }: { onReport: (report: VerifyReport) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    const r = await api.audit.verify();
    setBusy(false);
    if (r.ok) onReport(r.data);
    else notifyError(r.error.message, 'Could not verify');
  };
  return (
    <Button
      variant="default"
      leftSection={<IconShieldCheck size={16} />}
      loading={busy}
      onClick={() => void verify()}
    >
      Verify
    </Button>
  );
}

export function VerifyResult({ report, onClose }: { report: VerifyReport; onClose: () => void }) {
  return report.ok ? (
    <Alert
      color="teal"
      title="Audit trail verified"
      withCloseButton
      onClose={onClose}
      data-testid="verify-result"
    >
      <Text size="sm">
        OK: {report.checked.auditRows.toLocaleString('en-IN')} entries chained correctly; database
        integrity: {report.checked.integrity}.
      </Text>
      {report.checked.head && (
        <Text size="xs" c="dimmed" mt={4}>
          Chain head <span className="bahi-mono">{report.checked.head}</span>: note it down to
          notice if the trail is ever cut short.
        </Text>
      )}
    </Alert>
  ) : (
    <Alert
      color="red"
      title="Problems found"
      withCloseButton
      onClose={onClose}
      data-testid="verify-result"
    >
      <List size="sm">
        {report.problems.map((p, i) => (
          <List.Item key={i}>{p}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
