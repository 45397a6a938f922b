import type { KeyboardEvent } from 'react';

/**
 * Enter picks the highlighted option even when Mantine has lost track of it: its index is
 * reset by a timer started on focus, so focus-then-type within one tick (fast typists,
 * autofill, tests) leaves an option highlighted that Enter would not choose.
 */
export function pickHighlighted(event: KeyboardEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  if (event.key !== 'Enter' || input.getAttribute('aria-expanded') !== 'true') return;
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const option = list?.querySelector<HTMLElement>('[data-combobox-selected]');
  if (option) {
    event.preventDefault();
    option.click();
  }
}
