/** InputError: why a file, URL or stream could not be read, as a code and a one-line message. */

/** What went wrong while reading an input. */
export type InputErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'too-large'
  | 'timeout'
  | 'private-address'
  | 'bad-url'
  | 'http-status'
  | 'too-many-redirects'
  | 'network';

/**
 * Thrown by the ingest readers when an input cannot be read. The message is one line a person
 * can act on, and names the input; the CLI prints it as is.
 */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** True when `error` is an InputError (optionally with the given code). */
export function isInputError(error: unknown, code?: InputErrorCode): error is InputError {
  return error instanceof InputError && (code === undefined || error.code === code);
}
