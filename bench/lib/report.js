// The benchmark's verdict: each median, then each target from issue 7 as a ratio measured in the
// same run, with PASS or FAIL. Ratios rather than seconds, so a slower or busier machine moves
// cqc and its yardstick together.

const GIB = 1024 ** 3;

const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`) : 'n/a');

/** The targets, computed from the measures ({ name: { median, ok } }) and peak memory in bytes. */
export function evaluateTargets(measures, memoryBytes, consistency) {
  const m = (name) => (measures[name]?.ok ? measures[name].median : NaN);
  const targets = [
    { name: 'cold check / ajv-cli', value: m('cold') / m('ajv'), limit: 1.5, unit: '×' },
    { name: 'warm check / ajv-cli', value: m('warm') / m('ajv'), limit: 0.5, unit: '×' },
    { name: 'double size / standard (cold)', value: m('double') / m('cold'), limit: 2.2, unit: '×' },
    { name: 'peak memory (cold check)', value: memoryBytes / GIB, limit: 1, unit: 'GiB' },
    { name: 'bundled example (check --no-git)', value: m('example'), limit: 250, unit: 'ms' },
  ];
  if (measures.demo) targets.push({ name: 'demo repo (check, with git)', value: m('demo'), limit: 250, unit: 'ms' });
  if (consistency) targets.push({ name: 'same findings warm and cold', value: consistency.differences, limit: 0, unit: 'differences' });
  return targets.map((t) => ({ ...t, pass: Number.isFinite(t.value) && t.value <= t.limit }));
}

const LABELS = {
  cold: 'cqc check --no-cache (cold)',
  warm: 'cqc check (warm cache)',
  nogit: 'cqc check --no-git --no-cache',
  ajv: 'ajv-cli, actions + evidence',
  gitlog: 'git log --name-status (floor)',
  double: 'cqc check --no-cache, double size',
  gitlogDouble: 'git log --name-status, double size',
  example: 'cqc check -C examples --no-git',
  demo: 'cqc check on a cqc demo repo',
};

function pad(text, width) {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

/** The printed table: medians, then targets. */
export function formatReport(results) {
  const lines = [];
  const { sizes } = results.repo;
  lines.push(`Repo: ${sizes.actions} actions, ${sizes.evidence} evidence items, ${sizes.commits} commits, ${sizes.trackedFiles} files`);
  lines.push(`Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}; median of ${results.options.runs} runs`);
  lines.push('');
  lines.push(`${pad('Measure', 46)}${pad('Median', 12)}Runs`);
  for (const [name, label] of Object.entries(LABELS)) {
    const measure = results.measures[name];
    if (!measure) continue;
    const runs = measure.samples.map((ms) => fmtMs(ms)).join(', ');
    lines.push(`${pad(label, 46)}${pad(measure.ok ? fmtMs(measure.median) : 'FAILED', 12)}${measure.ok ? runs : measure.error?.split('\n')[0] ?? ''}`);
  }
  if (Number.isFinite(results.memory.bytes)) lines.push(`${pad('peak memory, cold check', 46)}${(results.memory.bytes / 1024 ** 2).toFixed(0)} MiB (${results.memory.method})`);
  lines.push('');
  lines.push(`${pad('Target', 46)}${pad('Measured', 14)}${pad('Limit', 12)}Result`);
  for (const t of results.targets) {
    const value = Number.isFinite(t.value) ? `${t.unit === '×' ? t.value.toFixed(2) : t.unit === 'GiB' ? t.value.toFixed(2) : Math.round(t.value)} ${t.unit}` : 'n/a';
    lines.push(`${pad(t.name, 46)}${pad(value, 14)}${pad(`≤ ${t.limit} ${t.unit}`, 12)}${t.pass ? 'PASS' : 'FAIL'}`);
  }
  for (const note of results.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}
