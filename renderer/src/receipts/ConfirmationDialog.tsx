import { Alert, Button, Center, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconBrandWhatsapp, IconCopy, IconMail } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useApi } from '../api/context';

type Confirmation = { text: string; whatsappUrl: string | null; mailto: string | null };

type State =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; confirmation: Confirmation; copied: boolean };

/** Copies to the clipboard; false where the system refuses (the text stays on screen to copy). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The confirmation for the customer: copied at once, with WhatsApp and e-mail at hand. */
export function ConfirmationDialog({
  receiptId,
  onClose,
}: {
  receiptId: number;
  onClose: () => void;
}) {
  const api = useApi();
  const [state, setState] = useState<State>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    void api.receipts.confirmation({ id: receiptId }).then(async (r) => {
      if (!current) return;
      if (!r.ok) return setState({ state: 'error', message: r.error.message });
      const copied = await copy(r.data.text);
      if (current) setState({ state: 'ready', confirmation: r.data, copied });
    });
    return () => {
      current = false;
    };
  }, [api, receiptId]);

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={600}>Confirmation for the customer</Text>}
      centered
      size="lg"
    >
      {state.state === 'loading' && (
        <Center p="md">
          <Loader size="sm" />
        </Center>
      )}
      {state.state === 'error' && <Alert color="red">{state.message}</Alert>}
      {state.state === 'ready' && (
        <Stack gap="sm">
          <Text size="sm" c={state.copied ? 'teal.8' : 'dimmed'} data-testid="confirmation-copied">
            {state.copied
              ? 'Copied to the clipboard: paste it into a message.'
              : 'Select the text below and copy it.'}
          </Text>
          <Textarea
            aria-label="Confirmation text"
            readOnly
            autosize
            minRows={4}
            maxRows={12}
            value={state.confirmation.text}
            data-testid="confirmation-text"
          />
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              leftSection={<IconCopy size={16} />}
              onClick={() =>
                void copy(state.confirmation.text).then((copied) => setState({ ...state, copied }))
              }
            >
              Copy again
            </Button>
            {state.confirmation.mailto && (
              <Button
                component="a"
                href={state.confirmation.mailto}
                variant="default"
                leftSection={<IconMail size={16} />}
              >
                E-mail
              </Button>
            )}
            {state.confirmation.whatsappUrl && (
              <Button
                component="a"
                href={state.confirmation.whatsappUrl}
                target="_blank"
                rel="noopener noreferrer"
                color="teal"
                leftSection={<IconBrandWhatsapp size={16} />}
              >
                WhatsApp
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
