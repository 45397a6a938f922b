import { useEffect, type RefObject } from 'react';

/**
 * Esc cancels the form, but not when it was meant for a dialog above the drawer (a
 * confirmation) or an open dropdown. Mantine's own closeOnEscape closes every open modal at once.
 */
export function useEscapeToClose(
  opened: boolean,
  drawer: RefObject<HTMLElement | null>,
  onClose: () => void,
) {
  useEffect(() => {
    if (!opened) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.getAttribute('data-mantine-stop-propagation') === 'true') return;
      const dialog = target?.closest('[role="dialog"]');
      if (dialog && dialog !== drawer.current) return;
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, drawer, onClose]);
}
