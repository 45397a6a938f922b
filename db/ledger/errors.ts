/** SQLite's error, looking through drizzle's wrapper to the driver's error. */
function sqliteError(e: unknown): { code: string; message: string } | undefined {
  for (
    let cur: unknown = e;
    cur && typeof cur === 'object';
    cur = (cur as { cause?: unknown }).cause
  ) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      return { code, message: String((cur as { message?: unknown }).message) };
    }
  }
  return undefined;
}

/** ON DELETE RESTRICT reports SQLITE_CONSTRAINT_TRIGGER, deferred checks SQLITE_CONSTRAINT_FOREIGNKEY. */
export function isForeignKeyViolation(e: unknown): boolean {
  const err = sqliteError(e);
  return (
    err !== undefined &&
    err.code.startsWith('SQLITE_CONSTRAINT') &&
    /FOREIGN KEY/i.test(err.message)
  );
}
