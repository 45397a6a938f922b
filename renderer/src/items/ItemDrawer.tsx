import { Drawer, Text } from '@mantine/core';
import { useRef } from 'react';
import type { Item } from '../../../shared/items/contract';
import { notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { ItemEditor } from './ItemEditor';

export type ItemTarget = { mode: 'new' } | { mode: 'edit'; item: Item };

interface ItemDrawerProps {
  target: ItemTarget | null;
  onClose: () => void;
  /** Something was saved or archived: the list should refresh. */
  onChanged: (item: Item) => void;
}

export function ItemDrawer({ target, onClose, onChanged }: ItemDrawerProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  useEscapeToClose(target !== null, contentRef, onClose);
  const item = target?.mode === 'edit' ? target.item : null;
  const title = item ? item.name : 'New item or service';
  return (
    <Drawer.Root
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={640}
      trapFocus
      closeOnEscape={false}
      transitionProps={{ duration: 120 }}
    >
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content aria-label={title} ref={contentRef} data-testid="item-drawer">
        <Drawer.Header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} py="sm">
          <Drawer.Title>
            <Text fw={650} size="lg">
              {title}
            </Text>
          </Drawer.Title>
          <Drawer.CloseButton aria-label="Close" />
        </Drawer.Header>
        {target && (
          <ItemEditor
            key={item ? `${item.id}:${String(item.archived)}` : 'new'}
            item={item}
            onCancel={onClose}
            onSaved={(saved, created) => {
              notifySuccess(created ? `${saved.name} added` : `${saved.name} saved`);
              onChanged(saved);
              onClose();
            }}
            onArchived={(changed) => {
              notifySuccess(
                changed.archived ? `${changed.name} archived` : `${changed.name} restored`,
              );
              onChanged(changed);
            }}
          />
        )}
      </Drawer.Content>
    </Drawer.Root>
  );
}
