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

export function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
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
