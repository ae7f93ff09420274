// Where a run spends its time and memory, phase by phase; printed to stderr when CQC_TIMING is set,
// so a slow check in someone's pipeline can be diagnosed without a profiler.
export class Timings {
  private last = performance.now();
  readonly started = this.last;
  /** Each phase: its name, how long it took, and the heap in use at its end (MiB). */
  readonly phases: [string, number, number][] = [];

  mark(phase: string): void {
    const now = performance.now();
    this.phases.push([phase, now - this.last, process.memoryUsage().heapUsed / 2 ** 20]);
    this.last = now;
  }

  toString(): string {
    const line = (p: string, ms: number, mib: number) => `cqc timing: ${p.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms ${mib.toFixed(0).padStart(6)} MiB heap`;
    const total = performance.now() - this.started;
    return [...this.phases.map(([p, ms, mib]) => line(p, ms, mib)), line('total', total, process.memoryUsage().rss / 2 ** 20).replace('heap', 'resident')].join('\n') + '\n';
  }
}
