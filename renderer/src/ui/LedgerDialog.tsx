import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { splitErrors, withoutError, type FieldErrors } from '../api/errors';
import { formKeyHandler } from './keys';

/**
 * The state of a dialog that sends one command: errors under the fields it has, anything else
 * above them, and a busy flag so a second Enter does not send it twice.
 */
export function useDialogForm(fields: ReadonlySet<string>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** A field was typed in: its error goes, and so does the one above the form. */
  const edit = (field: string) => {
    setErrors((e) => withoutError(e, field));
    setGeneral(null);
  };

  /**
   * Show what the form's own checks `found`; when they found nothing, send the command and hand
   * its answer to `done`, or put the ledger's refusal under the field it names.
   */
  const submit = async <T,>(
    found: FieldErrors,
    send: () => Promise<Result<T>>,
    done: (data: T) => void,
  ) => {
    if (busy) return;
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    const r = await send();
    setBusy(false);
    if (r.ok) return done(r.data);
    const split = splitErrors(r.error, (p) => fields.has(p));
    setErrors(split.fields);
    setGeneral(split.general);
  };

  return { errors, general, busy, edit, submit };
}

interface LedgerDialogProps {
  title: ReactNode;
  /** A line on what the command will do, above the fields. */
  intro?: ReactNode;
  general: string | null;
  busy: boolean;
  /** The button that sends the command (Enter on the last field, or Ctrl+S). */
  action: string;
  actionColor?: string;
  cancelLabel?: string;
  /** Wider for a dialog with a table in it. */
  size?: 'md' | 'lg' | 'xl';
  onAction: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A small modal that sends one ledger command, Tally-style: Enter walks, Ctrl+S sends. */
export function LedgerDialog({
  title,
  intro,
  general,
  busy,
  action,
  actionColor,
  cancelLabel = 'Cancel',
  size = 'md',
  onAction,
  onClose,
  children,
}: LedgerDialogProps) {
  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>{title}</Text>} centered size={size}>
      <Box data-form-root onKeyDown={formKeyHandler(onAction)}>
        <Stack gap="sm">
          {intro && <Text size="sm">{intro}</Text>}
          {general && (
            <Alert color="red" py={6} role="alert">
              <Text size="sm">{general}</Text>
            </Alert>
          )}
          {children}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button data-enter-stop color={actionColor} loading={busy} onClick={onAction}>
              {action}
            </Button>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}
