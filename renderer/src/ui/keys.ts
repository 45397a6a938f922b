import { useEffect, useRef, type KeyboardEvent } from 'react';

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]):not([tabindex="-1"]), textarea:not([disabled]), [data-enter-stop]';

// Style checks rather than layout ones, so the rule is the same in the app and under jsdom.
const canTakeFocus = (el: HTMLElement) => {
  if (el.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
};

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The fields Enter walks through inside `root`, in document order. */
export const enterFields = (root: ParentNode): HTMLElement[] =>
  Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(canTakeFocus);

/** Focus a field the way Enter does: text is selected, ready to be typed over. */
export function focusField(el: HTMLElement | null | undefined) {
  if (!el) return;
  el.focus();
  if (el instanceof HTMLInputElement && el.type === 'text') el.select();
}

/** Moves on from `from` as Enter would, within the closest `[data-form-root]`. */
export function focusNextField(from: HTMLElement) {
  const root = from.closest('[data-form-root]');
  if (!root) return;
  const fields = enterFields(root);
  focusField(fields[fields.indexOf(from) + 1]);
}

/**
 * Tally-style form keys: Enter moves to the next field (the last one lands on Save),
 * Ctrl+S saves from anywhere in the form, and Ctrl+Enter (where a form has one) submits it.
 */
export function formKeyHandler(onSave: () => void, onSubmit?: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      onSave();
      return;
    }
    if (onSubmit && (event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey)
      return;
    const target = event.target as HTMLElement;
    // Textareas take new lines; an open dropdown uses Enter to pick its option.
    if (target.tagName !== 'INPUT' || event.defaultPrevented) return;
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (['file', 'submit', 'button'].includes((target as HTMLInputElement).type)) return;
    const fields = enterFields(event.currentTarget);
    const next = fields[fields.indexOf(target) + 1];
    if (next) {
      event.preventDefault();
      focusField(next);
    }
  };
}

export interface GlobalKeys {
  /** `/`: jump to the search box (ignored while typing in a field). */
  slash?: () => void;
  /** Alt+N: new record, also from inside a field. */
  altN?: () => void;
  /** Alt+I: new invoice, from any screen. */
  altI?: () => void;
  /** F6: new receipt, from any screen (Tally's Receipt key). */
  f6?: () => void;
}

/** Window-wide shortcuts; the latest handlers are used without re-subscribing. */
export function useGlobalKeys(keys: GlobalKeys) {
  const ref = useRef(keys);
  useEffect(() => {
    ref.current = keys;
  });
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (
        e.key === '/' &&
        !e.ctrlKey &&
        !e.altKey &&
        !e.metaKey &&
        !isEditable(e.target) &&
        ref.current.slash
      ) {
        e.preventDefault();
        ref.current.slash();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && ref.current.altN) {
        e.preventDefault();
        ref.current.altN();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyI' && ref.current.altI) {
        e.preventDefault();
        ref.current.altI();
      } else if (e.key === 'F6' && !e.ctrlKey && !e.altKey && !e.metaKey && ref.current.f6) {
        e.preventDefault();
        ref.current.f6();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
