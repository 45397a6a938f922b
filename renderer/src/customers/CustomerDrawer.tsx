import { Alert, Button, Center, Drawer, Group, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Customer } from '../../../shared/customers/contract';
import { useApi } from '../api/context';
import { useOpenCustomerAccount } from '../customer-accounts/navigation';
import { notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { CustomerEditor } from './CustomerEditor';

export type DrawerTarget = { mode: 'new' } | { mode: 'edit'; id: number };

/** What was fetched, and for which opening: old data never flashes in a newly opened form. */
type Loaded =
  | { forTarget: DrawerTarget; state: 'error'; message: string }
  | { forTarget: DrawerTarget; state: 'ready'; customer: Customer };

interface CustomerDrawerProps {
  target: DrawerTarget | null;
  onClose: () => void;
  /** Something was saved, archived or deleted: the list should refresh. */
  onChanged: () => void;
}

export function CustomerDrawer({ target, onClose, onChanged }: CustomerDrawerProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const editId = target?.mode === 'edit' ? target.id : null;
  const contentRef = useRef<HTMLDivElement>(null);
  useEscapeToClose(target !== null, contentRef, onClose);
  const openAccount = useOpenCustomerAccount();

  useEffect(() => {
    if (target?.mode !== 'edit') return;
    let live = true;
    void api.customers.get({ id: target.id }).then((r) => {
      if (!live) return;
      setLoaded(
        r.ok
          ? { forTarget: target, state: 'ready', customer: r.data }
          : { forTarget: target, state: 'error', message: r.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, target]);

  // A new customer needs nothing fetched; an existing one waits for this opening's data.
  const current = editId !== null && loaded?.forTarget === target ? loaded : null;
  const ready = editId === null || current?.state === 'ready';
  const customer = current?.state === 'ready' ? current.customer : null;
  const title =
    target?.mode === 'new'
      ? 'New customer'
      : customer
        ? `${customer.code} · ${customer.name}`
        : 'Customer';

  return (
    <Drawer.Root
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={820}
      trapFocus
      // Esc is handled below: Mantine closes every open modal on Esc, so the delete
      // confirmation's Esc would take the whole form with it.
      closeOnEscape={false}
      // Quick to open: the form is used many times a day, and focus lands only after the slide.
      transitionProps={{ duration: 120 }}
    >
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content aria-label={title} ref={contentRef} data-testid="customer-drawer">
        <Drawer.Header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} py="sm">
          <Drawer.Title>
            <Group gap="xs">
              <Text fw={650} size="lg">
                {title}
              </Text>
              {openAccount && editId !== null && (
                <Button size="compact-sm" variant="light" onClick={() => openAccount(editId)}>
                  Account
                </Button>
              )}
            </Group>
          </Drawer.Title>
          <Drawer.CloseButton aria-label="Close" />
        </Drawer.Header>
        {!ready && current?.state !== 'error' && (
          <Center p="xl">
            <Loader size="sm" />
          </Center>
        )}
        {current?.state === 'error' && (
          <Alert color="red" m="lg">
            {current.message}
          </Alert>
        )}
        {ready && target && (
          <CustomerEditor
            key={customer ? `${customer.id}:${customer.updatedAt}` : 'new'}
            customer={customer}
            onCancel={onClose}
            onSaved={(c, created) => {
              notifySuccess(created ? `Customer ${c.code} added` : `Customer ${c.code} saved`);
              onChanged();
              onClose();
            }}
            onArchived={(c) => {
              notifySuccess(c.archived ? `${c.code} archived` : `${c.code} restored`);
              if (target) setLoaded({ forTarget: target, state: 'ready', customer: c });
              onChanged();
            }}
            onDeleted={(c) => {
              notifySuccess(`Customer ${c.code} deleted`);
              onChanged();
              onClose();
            }}
          />
        )}
      </Drawer.Content>
    </Drawer.Root>
  );
}
