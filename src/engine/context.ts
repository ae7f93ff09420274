// Stage 2: gather what the rules need from the loaded records (each already checked against its
// schema): valid actions and evidence, people, roles, locations, the framework, attachments.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtinFramework, DEFAULT_FRAMEWORK_ID, frameworkFromData, type Framework } from '../framework/index.js';
import type { Action, Evidence, Person } from '../model.js';
import { resolvePolicy } from '../policy.js';
import { isTextAttachment } from '../personal-data/index.js';
import { attachmentState, readAttachmentText } from '../repo/attachments.js';
import { configData, judgeFile, listedLocations, readSource, type LoadedRepo } from '../repo/load.js';
import { CqcError } from '../errors.js';
import type { ActionRecord, AttachmentState, EvidenceRecord, RecordFile, RuleContext } from './types.js';
import { groupBy } from '../group.js';
import { problemsOf } from '../schema/validator.js';

function loadFramework(root: string, name: string | undefined, files: RecordFile[]): Framework {
  const id = name ?? DEFAULT_FRAMEWORK_ID;
  const builtin = builtinFramework(id);
  if (builtin) return builtin;
  if (!existsSync(join(root, id))) {
    throw new CqcError(`cqc.yaml names the framework "${id}", which is neither a built-in framework (${DEFAULT_FRAMEWORK_ID}) nor a file in ${root}. Correct "framework:" in cqc.yaml.`);
  }
  const record = judgeFile(readSource(root, id), 'framework');
  files.push(record);
  if (record.file.syntax.length || record.problems.length) return builtinFramework(DEFAULT_FRAMEWORK_ID)!;
  return frameworkFromData(record.file.data);
}

const COLLATOR = new Intl.Collator();

/**
 * By date, then id. Valid dates are all YYYY-MM-DD, so comparing their characters orders them as
 * localeCompare would, at a fraction of the cost; ids keep the collator (as localeCompare).
 */
function oldestFirst(a: EvidenceRecord, b: EvidenceRecord): number {
  const x = a.evidence.date;
  const y = b.evidence.date;
  return x < y ? -1 : x > y ? 1 : COLLATOR.compare(a.evidence.id, b.evidence.id);
}

export function buildContext(repo: LoadedRepo, asOf: string): RuleContext {
  const config = configData(repo.config);
  const files: RecordFile[] = [judgeFile(repo.config, 'cqc')];
  if (repo.people) files.push(judgeFile(repo.people, 'people'));
  const framework = loadFramework(repo.root, typeof config.framework === 'string' ? config.framework : undefined, files);
  files.push(...repo.actions, ...repo.evidence);

  const valid = (r: RecordFile) => r.file.syntax.length === 0 && r.problems.length === 0;
  const actions: ActionRecord[] = repo.actions.filter(valid).map((r) => ({ file: r.file, action: r.file.data as Action }));
  const evidence: EvidenceRecord[] = repo.evidence.filter(valid).map((r) => ({ file: r.file, evidence: r.file.data as Evidence }));

  const people = new Map<string, Person>();
  const peopleList = repo.people ? registeredPeople(repo.people.data, valid(files[1]!)) : [];
  for (const p of peopleList) if (!people.has(p.id)) people.set(p.id, p);
  const roles = new Set(peopleList.flatMap((p) => p.roles ?? []));

  const actionsById = new Map<string, ActionRecord>();
  for (const a of actions) if (!actionsById.has(a.action.id)) actionsById.set(a.action.id, a);
  const sorted = [...evidence].sort(oldestFirst);
  const byAction = groupBy(sorted, (e) => e.evidence.action);
  const byId = groupBy(sorted, (e) => e.evidence.id);

  const attachments = new Map<string, AttachmentState>();
  for (const e of evidence) for (const p of e.evidence.attachments ?? []) if (!attachments.has(p)) attachments.set(p, attachmentState(repo.root, p));
  const attachmentTexts = new Map<string, string>();
  for (const [p, state] of attachments) {
    const text = state === 'ok' && isTextAttachment(p) ? readAttachmentText(repo.root, p) : null;
    if (text !== null) attachmentTexts.set(p, text);
  }

  const locations = locationIds(config);

  return {
    root: repo.root,
    asOf,
    config,
    configFile: repo.config,
    layout: repo.layout,
    listed: repo.listed,
    policy: resolvePolicy(config),
    people,
    peopleFile: repo.people,
    roles,
    locations,
    framework,
    files,
    actions,
    evidence,
    actionById: (id) => actionsById.get(id),
    evidenceFor: (id) => byAction.get(id) ?? [],
    evidenceById: byId,
    attachments,
    attachmentTexts,
    links: repo.links,
  };
}

/**
 * The people of people.yaml. When the file breaks its schema, each entry that passes it on its own
 * still counts: one stray field on one person is that person's schema finding, and must not make
 * every other person "not in people.yaml" on every action. An entry that fails is left out.
 */
function registeredPeople(data: unknown, fileValid: boolean): Person[] {
  const list = (data as { people?: unknown } | null)?.people;
  if (!Array.isArray(list)) return [];
  if (fileValid) return list as Person[];
  return list.filter((p): p is Person => problemsOf('people', { people: [p] }).length === 0);
}

/** The location ids cqc.yaml lists, or null when it lists none (then any location is accepted). */
export function locationIds(config: { locations?: unknown }): Set<string> | null {
  return listedLocations(config);
}
