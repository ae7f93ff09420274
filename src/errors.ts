// The few ways a run can end with exit code 2: one clear line on stderr, never a stack trace.

/** The user asked for something cqc cannot do as asked (bad flag, bad date, unknown format). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** cqc could not do its job (no cqc.yaml, unreadable config, git missing when asked for). */
export class CqcError extends Error {
  override name = 'CqcError';
}

/** The person stopped an interactive command (Ctrl-C, Ctrl-D, or "no" to writing): nothing was written. */
export class Cancelled extends Error {
  override name = 'Cancelled';
  constructor() {
    super('Cancelled, nothing written.');
  }
}
