// Where a command's text goes. Tests pass their own; bin/cqc.js uses the process's.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /**
   * The terminal's width (tables and messages fit it): stdout's, or stderr's when stdout is piped
   * (`cqc status | less` is still read on that terminal); absent when neither is a terminal.
   */
  columns?: number;
}

/** Whether whoever read standard output has gone (`cqc status | head -1`): the rest is dropped. */
let readerGone = false;
let listening = false;

/**
 * A reader that stops early (`| head`, a closed pager) is normal use, not an error: without a
 * listener Node throws EPIPE as a stack trace. The command still runs to its end and exits with its
 * own code; what it would have printed goes nowhere.
 */
function listenForReaderGone(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    readerGone = true;
  });
}

export function processIo(): Io {
  listenForReaderGone();
  return {
    stdout: (t) => { if (!readerGone) process.stdout.write(t); },
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    ...(terminalColumns() !== undefined ? { columns: terminalColumns()! } : {}),
  };
}

function terminalColumns(): number | undefined {
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  if (process.stderr.isTTY && process.stderr.columns) return process.stderr.columns;
  return undefined;
}
