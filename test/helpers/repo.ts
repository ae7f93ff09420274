// Build a real assurance repo on disk from an object literal: path -> file text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { judge } from '../../src/engine/judge.js';
import type { Finding } from '../../src/model.js';

export const CONFIG = `provider: Example Care Ltd
locations:
  - { id: rose-house, name: Rose House }
`;

export const PEOPLE = `people:
  - id: dan-jones
    name: Dan Jones
    roles: [deputy-manager]
    emails: [dan.jones@example.org]
  - id: priya-patel
    name: Priya Patel
    roles: [registered-manager]
    emails: [priya.patel@example.org]
  - id: grace-okafor
    name: Grace Okafor
    roles: [nominated-individual]
    emails: [grace.okafor@example.org]
`;

export const OPEN_ACTION = `id: MH-001
title: Moving and handling risk assessments missing
location: rose-house
raised: 2026-09-01
owner: dan-jones
quality_statements: [safe.involving-people-to-manage-risks]
status: open
`;

export const EVIDENCE = `id: MH-001-E01
action: MH-001
type: audit
date: 2026-09-10
recorded_by: priya-patel
summary: Baseline audit of 12 files
finding: neutral
`;

export function writeRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-test-'));
  const all = { 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export async function findingsOf(dir: string, asOf = '2026-11-26'): Promise<Finding[]> {
  return (await judge({ cwd: dir, git: false, asOf })).report.findings;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}
