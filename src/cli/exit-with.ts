/**
 * Thrown by a command that has already told the user everything (e.g. a batch summary) and only
 * needs the process to end with `code`; main.ts returns the code and prints nothing more.
 */
export class ExitWith extends Error {
  override readonly name = 'ExitWith';
  readonly code: number;

  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}
