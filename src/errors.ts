/**
 * Errors that end a run with exit code 2 and a one-line message instead of a stack trace.
 * Anything else that escapes to bin/ is a bug and is reported as one.
 */

/** Bad command-line usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A rule set or config file that cannot be used; carries its position for `file:line:column`. */
export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
  }
}

/** True for the errors that are the user's to fix (exit 2), not ours. */
export function isUserError(error: unknown): error is UsageError | RuleSetError {
  return error instanceof UsageError || error instanceof RuleSetError;
}
