// Where a run spends its time, phase by phase; printed to stderr when CQC_TIMING is set, so a
// slow check in someone's pipeline can be diagnosed without a profiler.
export class Timings {
  private readonly started = performance.now();
  private last = this.started;
  readonly phases: [string, number][] = [];
  /** Moments in background work (git), as time since the start. */
  readonly moments: [string, number][] = [];

  mark(phase: string): void {
    const now = performance.now();
    this.phases.push([phase, now - this.last]);
    this.last = now;
  }

  /** Note when something in the background finished, for the report's second part. */
  moment(what: string): void {
    this.moments.push([what, performance.now() - this.started]);
  }

  toString(): string {
    const total = performance.now() - this.started;
    const line = (p: string, ms: number) => `cqc timing: ${p.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms`;
    const phases = [...this.phases, ['total', total] as [string, number]].map(([p, ms]) => line(p, ms));
    const moments = this.moments.map(([p, ms]) => line(`${p} (at)`, ms));
    return [...phases, ...moments].join('\n') + '\n';
  }
}
