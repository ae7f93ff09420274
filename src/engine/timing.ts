// Where a run spends its time, phase by phase; printed to stderr when CQC_TIMING is set, so a
// slow check in someone's pipeline can be diagnosed without a profiler.
export class Timings {
  private readonly started = performance.now();
  private last = this.started;
  readonly phases: [string, number][] = [];

  mark(phase: string): void {
    const now = performance.now();
    this.phases.push([phase, now - this.last]);
    this.last = now;
  }

  toString(): string {
    const total = performance.now() - this.started;
    return [...this.phases, ['total', total] as [string, number]].map(([p, ms]) => `cqc timing: ${p.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms`).join('\n') + '\n';
  }
}
