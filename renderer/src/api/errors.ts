import type { BahiErrorShape } from '../../../shared/result';

/** Messages keyed by the contract's dot path: `billingAddress.pincode`, `contacts.0.email`. */
export type FieldErrors = Record<string, string>;

/** Every problem in an error envelope by field; the first message for a field wins. */
export function fieldErrorsOf(error: BahiErrorShape): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    if (issue.field && !(issue.field in out)) out[issue.field] = issue.message;
  }
  if (error.field && !(error.field in out)) out[error.field] = error.message;
  return out;
}

export interface SplitErrors {
  /** Shown beside the inputs the form has. */
  fields: FieldErrors;
  /** Shown as a notification: the problem has no input on this form. */
  general: string | null;
}

/** Split an error between the form's own fields and a notification for everything else. */
export function splitErrors(
  error: BahiErrorShape,
  hasField: (path: string) => boolean,
): SplitErrors {
  const all = fieldErrorsOf(error);
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(all)) {
    if (hasField(path)) fields[path] = message;
    else unplaced.push(message);
  }
  const mainPlaced = error.field !== undefined && hasField(error.field);
  return { fields, general: mainPlaced ? (unplaced[0] ?? null) : error.message };
}

/** Errors under a prefix with the prefix removed: `contacts.0.email` → `email` for contact 0. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  const p = `${prefix}.`;
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(p)) out[path.slice(p.length)] = message;
  }
  return out;
}

/** A form clears a field's error as soon as the user edits that field. */
export function withoutError(errors: FieldErrors, path: string): FieldErrors {
  if (!(path in errors)) return errors;
  const rest = { ...errors };
  delete rest[path];
  return rest;
}
