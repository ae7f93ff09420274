// Turns framework-file data into lookup maps. A provider's file should already have passed
// framework.schema.json; the checks here catch what a schema cannot (ids under the wrong key
// question, the same id used twice) and keep a bad file from silently mislabelling actions.
import { CqcError } from '../errors.js';
import type { FrameworkData, KeyQuestionData, StatementData } from './data.js';

export interface QualityStatement {
  id: string;
  title: string;
  keyQuestion: string;
  /** Risk areas an action linked to this statement touches (framework `risk_areas`); empty when none. */
  riskAreas: string[];
}
export interface KeyQuestion { id: string; title: string; description?: string }

export interface Framework {
  id: string;
  name: string;
  version: string;
  /** Canonical statements by id, in framework order. */
  statements: Map<string, QualityStatement>;
  /** Alias id -> canonical statement id. */
  aliases: Map<string, string>;
  /** Key questions in framework order (for grouping in reports). */
  keyQuestions?: KeyQuestion[];
}

/** A framework file that cannot be used; the message says what to fix. Ends the run (exit 2) like any unreadable config. */
export class FrameworkError extends CqcError {
  override name = 'FrameworkError';
}

export function frameworkFromData(data: unknown): Framework {
  const fw = checkShape(data);
  const statements = new Map<string, QualityStatement>();
  const aliases = new Map<string, string>();
  const keyQuestions: KeyQuestion[] = [];
  for (const kq of fw.key_questions) {
    if (keyQuestions.some((k) => k.id === kq.id)) {
      throw new FrameworkError(`Framework "${fw.id}" lists key question "${kq.id}" twice. Merge them into one entry.`);
    }
    keyQuestions.push(kq.description === undefined ? { id: kq.id, title: kq.title } : { id: kq.id, title: kq.title, description: kq.description });
    for (const st of kq.statements) {
      if (!st.id.startsWith(`${kq.id}.`)) {
        throw new FrameworkError(
          `Framework "${fw.id}": statement "${st.id}" is listed under key question "${kq.id}", so its id must start with "${kq.id}.".`,
        );
      }
      claim(fw.id, st.id, statements, aliases);
      statements.set(st.id, { id: st.id, title: st.title, keyQuestion: kq.id, riskAreas: [...(st.risk_areas ?? [])] });
    }
  }
  for (const kq of fw.key_questions) {
    for (const st of kq.statements) {
      for (const alias of st.aliases ?? []) {
        claim(fw.id, alias, statements, aliases);
        aliases.set(alias, st.id);
      }
    }
  }
  return { id: fw.id, name: fw.name, version: fw.version, statements, aliases, keyQuestions };
}

/** An id may name one statement or alias only, or actions using it would be ambiguous. */
function claim(fwId: string, id: string, statements: Map<string, QualityStatement>, aliases: Map<string, string>): void {
  if (statements.has(id) || aliases.has(id)) {
    throw new FrameworkError(`Framework "${fwId}" uses the id "${id}" more than once. Give each statement and alias its own id.`);
  }
}

function checkShape(data: unknown): FrameworkData {
  if (!isRecord(data) || !isText(data.id) || !isText(data.name) || !isText(data.version) || !Array.isArray(data.key_questions)) {
    throw new FrameworkError('The framework file needs an id, a name, a version (in quotes) and a list of key_questions.');
  }
  const where = `Framework "${data.id}"`;
  for (const kq of data.key_questions as unknown[]) {
    if (!isKeyQuestion(kq)) {
      throw new FrameworkError(`${where}: every key question needs an id, a title and a list of statements.`);
    }
    for (const st of kq.statements as unknown[]) {
      if (!isStatement(st)) {
        throw new FrameworkError(`${where}: every statement under "${kq.id}" needs an id and a title; aliases must be a list of ids, and risk_areas a list of names.`);
      }
    }
  }
  return data as unknown as FrameworkData;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isKeyQuestion(value: unknown): value is KeyQuestionData {
  return isRecord(value) && isText(value.id) && isText(value.title) && Array.isArray(value.statements)
    && (value.description === undefined || typeof value.description === 'string');
}

function isStatement(value: unknown): value is StatementData {
  return isRecord(value) && isText(value.id) && isText(value.title)
    && (value.aliases === undefined || (Array.isArray(value.aliases) && value.aliases.every(isText)))
    && (value.risk_areas === undefined || (Array.isArray(value.risk_areas) && value.risk_areas.every(isText)));
}
