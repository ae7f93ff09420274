// Whatever is committed stays in every clone for ever: a person's identifier must be stopped before it enters the trail.
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import type { Finding } from '../model.js';
import { compileProviderPatterns, findPersonalData, personalDataPhrase, type PersonalDataHit, withoutLocationIds } from '../personal-data/index.js';
import type { SchemaName } from '../schema/validator.js';

const META: RuleMeta = {
  id: 'personal-data',
  severity: 'error',
  stage: 'structure',
  description: "A record or text attachment holds what looks like a person's identifier (an NHS or National Insurance number, a date of birth, or a match of the provider's own patterns).",
};

const WHY = 'Personal data must never be committed: git keeps every version, in every copy of the repository, for ever.';
const INSTEAD = 'refer to the person by a pseudonymous reference kept in the care system, such as a resident or room code';
const ALREADY = 'If it was committed before, run "cqc audit --personal-data".';

// The files a provider writes by hand. cqc.yaml holds the provider's patterns themselves, so only the
// built-in kinds are looked for there; the framework file is vocabulary, not a record.
const SCANNED: Partial<Record<SchemaName, 'all' | 'built-in'>> = { action: 'all', evidence: 'all', people: 'all', cqc: 'built-in' };

function what(hit: PersonalDataHit): string {
  return `what looks like ${personalDataPhrase(hit)} on line ${hit.line}, column ${hit.column}`;
}

function actionOf(data: unknown, kind: SchemaName): string | undefined {
  const field = kind === 'action' ? 'id' : kind === 'evidence' ? 'action' : undefined;
  const value = field && data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function finding(file: string, hit: PersonalDataHit, message: string, action: string | undefined): Finding {
  const f: Finding = { rule: META.id, severity: META.severity, file, line: hit.line, column: hit.column, message };
  if (action !== undefined) f.action = action;
  return f;
}

function inRecords(ctx: RuleContext, patterns: RegExp[]): Finding[] {
  const out: Finding[] = [];
  for (const { file, kind } of ctx.files) {
    const scope = SCANNED[kind];
    if (scope === undefined) continue;
    const action = actionOf(file.data, kind);
    // cqc.yaml: its locations' CQC IDs are a care home's, not a person's.
    const text = kind === 'cqc' ? withoutLocationIds(file.text) : file.text;
    for (const hit of findPersonalData(text, scope === 'all' ? patterns : [])) {
      out.push(finding(file.path, hit, `This file holds ${what(hit)}. ${WHY} Remove it (comments count too) and ${INSTEAD}. ${ALREADY}`, action));
    }
  }
  return out;
}

/** Findings in one text attachment; also used by `cqc evidence add` on a file before it copies it in. */
export function inAttachment(path: string, evidence: { id: string; action: string }, text: string, patterns: readonly RegExp[]): Finding[] {
  return findPersonalData(text, patterns).map((hit) => finding(path, hit, `The attachment ${path} (listed by evidence ${evidence.id}) holds ${what(hit)}. ${WHY} `
    + `Remove it from the file, or attach a version that leaves it out, and ${INSTEAD}. ${ALREADY}`, evidence.action));
}

function inAttachments(ctx: RuleContext, patterns: RegExp[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { evidence } of ctx.evidence) {
    for (const path of evidence.attachments ?? []) {
      const text = ctx.attachmentTexts.get(path);
      if (text === undefined || seen.has(path)) continue;
      seen.add(path);
      out.push(...inAttachment(path, evidence, text, patterns));
    }
  }
  return out;
}

export const personalData: Rule = {
  meta: META,
  check(ctx) {
    const { patterns } = compileProviderPatterns(ctx.policy.personal_data.patterns);
    return [...inRecords(ctx, patterns), ...inAttachments(ctx, patterns)];
  },
};
