/**
 * Errors the user can act on. Each carries the exit code the CLI maps it to (DESIGN.md), a
 * message that names the file and says what was expected, and a hint. Only `src/cli` catches them.
 */

/** Exit codes, after BSD sysexits. */
export const ExitCode = {
  ok: 0,
  usage: 2,
  dataError: 65,
  noInput: 66,
  software: 70,
  cantCreate: 73,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export type ErrorCode =
  | 'usage'
  | 'not-found'
  | 'unreadable'
  | 'no-articles'
  | 'empty'
  | 'binary'
  | 'not-arabic'
  | 'too-large'
  | 'undecodable'
  | 'cannot-write'
  | 'no-browser'
  | 'lexicon'
  | 'config';

const EXIT_FOR: Record<ErrorCode, ExitCodeValue> = {
  usage: ExitCode.usage,
  config: ExitCode.usage,
  'not-found': ExitCode.noInput,
  unreadable: ExitCode.noInput,
  'no-articles': ExitCode.noInput,
  empty: ExitCode.dataError,
  binary: ExitCode.dataError,
  'not-arabic': ExitCode.dataError,
  'too-large': ExitCode.dataError,
  undecodable: ExitCode.dataError,
  'cannot-write': ExitCode.cantCreate,
  'no-browser': ExitCode.software,
  lexicon: ExitCode.dataError,
};

/** An error whose message is meant for the user; `exitCode` follows from `code`. */
export class WaraqaError extends Error {
  override readonly name = 'WaraqaError';
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly exitCode: ExitCodeValue;

  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.exitCode = EXIT_FOR[code];
  }
}

/** True for errors waraqa raised on purpose (as opposed to bugs). */
export function isWaraqaError(error: unknown): error is WaraqaError {
  return error instanceof WaraqaError;
}
