// The error envelope every channel returns: errors are values at the boundary, never throws.

export const ERROR_CODES = [
  'VALIDATION', // input failed the contract or a business rule; `field` names what to fix
  'NOT_FOUND',
  'CONFLICT', // e.g. a duplicate customer code
  'NO_COMPANY', // the ledger has no company yet: run first-run set-up
  'IMPORT_INVALID', // a file had bad rows; `issues` lists them and nothing was saved
  'UNKNOWN_CHANNEL',
  'FORBIDDEN', // the caller is not allowed (bad token, wrong frame)
  'INTERNAL', // a bug; details go to the log, never to the user
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem in a row of an imported file or in a nested input. */
export interface Issue {
  row?: number;
  field: string;
  message: string;
}

export interface BahiErrorShape {
  code: ErrorCode;
  message: string;
  field?: string;
  issues?: Issue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: BahiErrorShape };

/** Thrown by ledger operations; the router turns it into `{ ok: false, error }`. */
export class BahiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: Issue[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { field?: string; issues?: Issue[] } = {},
  ) {
    super(message);
    this.name = 'BahiError';
    this.code = code;
    this.field = options.field;
    this.issues = options.issues;
  }

  toShape(): BahiErrorShape {
    const shape: BahiErrorShape = { code: this.code, message: this.message };
    if (this.field !== undefined) shape.field = this.field;
    if (this.issues !== undefined) shape.issues = this.issues;
    return shape;
  }
}

export const validationError = (field: string, message: string) =>
  new BahiError('VALIDATION', message, { field });
