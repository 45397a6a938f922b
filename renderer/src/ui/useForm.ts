import { useCallback, useRef, useState } from 'react';
import type { BahiErrorShape } from '../../../shared/result';
import { splitErrors, withoutError, type FieldErrors } from '../api/errors';
import { notifyError } from './notify';

/** Values, per-field errors and the glue that puts a server error where it belongs. */
export function useForm<T extends object>(
  initial: T | (() => T),
  isField: (path: string) => boolean,
) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const rootRef = useRef<HTMLDivElement>(null);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => withoutError(e, String(key)));
  }, []);

  /** Set several fields at once (e.g. GSTIN fills state and PAN) and clear their errors. */
  const patch = useCallback((partial: Partial<T>) => {
    setValues((v) => ({ ...v, ...partial }));
    setErrors((e) => Object.keys(partial).reduce(withoutError, e));
  }, []);

  const clearError = useCallback((path: string) => setErrors((e) => withoutError(e, path)), []);

  /** Put messages under their inputs and move the cursor to the first one, ready to fix. */
  const showFieldErrors = useCallback((fields: FieldErrors) => {
    setErrors(fields);
    requestAnimationFrame(() =>
      rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }, []);

  /** A server error: field problems go under their inputs, the rest becomes a notification. */
  const showError = useCallback(
    (error: BahiErrorShape) => {
      const { fields, general } = splitErrors(error, isField);
      showFieldErrors(fields);
      if (general) notifyError(general, 'Not saved');
    },
    [isField, showFieldErrors],
  );

  return {
    values,
    setValues,
    set,
    patch,
    errors,
    setErrors,
    clearError,
    showError,
    showFieldErrors,
    rootRef,
  };
}
