// The benchmark's verdict: each median, then each target from issue 17 as a ratio measured in the
// same run, with PASS or FAIL. Ratios rather than seconds, so a slower or busier machine moves
// cqc and its yardstick together.

const MIB = 1024 ** 2;

const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`) : 'n/a');

/** The targets, computed from the measures ({ name: { median, ok } }) and peak memory in bytes. */
export function evaluateTargets(measures, memory, consistency) {
  const m = (name) => (measures[name]?.ok ? measures[name].median : NaN);
  const targets = [
    { name: 'cold check / ajv-cli', value: m('cold') / m('ajv'), limit: 1.3, unit: '×' },
    { name: 'check --no-git / ajv-cli', value: m('nogit') / m('ajv'), limit: 0.9, unit: '×' },
    { name: 'warm, nothing changed / ajv-cli', value: m('warm') / m('ajv'), limit: 0.15, unit: '×' },
    { name: 'after one new commit / ajv-cli', value: m('oneCommit') / m('ajv'), limit: 0.3, unit: '×' },
    { name: 'one uncommitted edit / ajv-cli', value: m('oneEdit') / m('ajv'), limit: 0.3, unit: '×' },
    { name: 'peak memory (cold check)', value: memory.bytes / MIB, limit: 512, unit: 'MiB' },
    { name: 'one location / full cold check', value: m('location') / m('cold'), limit: 0.1, unit: '×' },
    { name: 'demo repo (check, with git)', value: m('demo'), limit: 200, unit: 'ms' },
  ];
  if (measures.double) {
    targets.push({ name: 'double size / standard (cold)', value: m('double') / m('cold'), limit: 2.1, unit: '×' });
    targets.push({ name: 'peak memory at double size', value: memory.doubleBytes / MIB, limit: 1024, unit: 'MiB' });
  }
  if (consistency) targets.push({ name: 'same findings warm and cold', value: consistency.differences, limit: 0, unit: 'differences' });
  return targets.map((t) => ({ ...t, pass: Number.isFinite(t.value) && t.value <= t.limit }));
}

const LABELS = {
  ajv: 'ajv-cli, actions + evidence',
  floorRecords: 'floor: records read, parsed, validated',
  gitPass: "floor: git's history pass",
  floorFull: 'floor: both side by side',
  cold: 'cqc check --no-cache (cold)',
  nogit: 'cqc check --no-git --no-cache',
  warm: 'cqc check, nothing changed (warm)',
  oneCommit: 'cqc check after one new commit',
  oneEdit: 'cqc check with one uncommitted edit',
  location: 'cqc check --location <one of the group>',
  double: 'cqc check --no-cache, double size',
  gitPassDouble: "git's history pass, double size",
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
  if (Number.isFinite(results.memory.bytes)) lines.push(`${pad('peak memory, cold check', 46)}${(results.memory.bytes / MIB).toFixed(0)} MiB (${results.memory.method})`);
  const ratio = (name) => (results.measures[name]?.ok && results.measures.ajv?.ok ? ` (${(results.measures[name].median / results.measures.ajv.median).toFixed(2)} × ajv-cli)` : '');
  lines.push(`${pad('floors as ratios', 46)}records${ratio('floorRecords')}, full${ratio('floorFull')}`);
  lines.push('');
  lines.push(`${pad('Target', 46)}${pad('Measured', 14)}${pad('Limit', 12)}Result`);
  for (const t of results.targets) {
    const value = Number.isFinite(t.value) ? `${t.unit === '×' ? t.value.toFixed(2) : Math.round(t.value)} ${t.unit}` : 'n/a';
    lines.push(`${pad(t.name, 46)}${pad(value, 14)}${pad(`≤ ${t.limit} ${t.unit}`, 12)}${t.pass ? 'PASS' : 'FAIL'}`);
  }
  for (const note of results.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}
