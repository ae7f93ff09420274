// One YAML file of the assurance repo: its text, its data, and a way back from a data path
// (e.g. ["closure", "decided_by"]) to the 1-based line and column of that node.
import { isUtf8 } from 'node:buffer';
import jsyaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import type * as YamlModule from 'yaml';
import { rootCause } from './yaml-root-cause.js';

export type DataPath = readonly (string | number)[];
export interface Position { line: number; column: number }
export interface SyntaxProblem { message: string; line?: number; column?: number }

/** Files larger than this are refused: no real action or evidence record comes close. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The careful parser (yaml), loaded on first use: most records are read by the fast parser and
 * only files with findings need positions, and loading it costs a pre-commit hook some 25 ms.
 */
let yamlModule: typeof YamlModule | undefined;
function yaml(): typeof YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule;
  return yamlModule;
}

/** Anchors, aliases and merge keys go through the careful parser, which caps alias expansion. */
const NEEDS_CAREFUL_PARSE = /(^|[\s[{,:-])[&*][^\s,\]}]|<<\s*:/;

export class SourceFile {
  readonly syntax: SyntaxProblem[] = [];
  data: unknown = undefined;
  private doc?: Document;
  private lines?: LineCounter;
  private positionless?: SourceFile;

  /**
   * Most records are plain mappings: read them with the fast parser, and build the positional
   * document (yaml's CST) only when something needs a line and column. Anything unusual, and any
   * file the fast parser rejects, is read by the careful parser so messages and limits are its.
   */
  constructor(readonly path: string, readonly text: string, data?: { value: unknown }) {
    if (data) {
      this.data = data.value;
      return;
    }
    if (!NEEDS_CAREFUL_PARSE.test(text)) {
      try {
        this.data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: path });
        return;
      } catch {
        // fall through to the careful parser for an exact message and position
      }
    }
    this.parseCarefully();
  }

  static fromBuffer(path: string, buf: Buffer): SourceFile {
    const decoded = decodeRecord(path, buf);
    return 'text' in decoded ? new SourceFile(path, decoded.text) : SourceFile.broken(path, decoded.refused);
  }

  /** A file already parsed elsewhere (a worker, the cache): text and data, no second parse. */
  static restored(path: string, text: string, data: unknown, syntax: SyntaxProblem[]): SourceFile {
    const f = new SourceFile(path, text, { value: data });
    f.syntax.push(...syntax);
    return f;
  }

  /** A file that cannot be a record at all, with one problem at its first line. */
  static broken(path: string, message: string): SourceFile {
    return SourceFile.restored(path, '', undefined, [{ message, line: 1, column: 1 }]);
  }

  private parseCarefully(): void {
    const { doc, lines } = this.parsed();
    for (const err of doc.errors) {
      const pos = lines.linePos(err.pos[0]);
      this.syntax.push({ message: syntaxMessage(err.code, err.message), line: pos.line, column: pos.col });
    }
    if (this.syntax.length) {
      // The parser gives up on, or just after, the line a person got wrong: name that line first.
      const cause = rootCause(this.text);
      const first = this.syntax[0]!.line ?? 1;
      if (cause && (first === cause.line || first === cause.line - 1)) this.syntax.unshift(cause);
      return;
    }
    try {
      this.data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      this.syntax.push({ message: `${(e as Error).message}. Remove the repeated YAML aliases (*name) and write the values out.`, line: 1, column: 1 });
    }
  }

  private parsed(): { doc: Document; lines: LineCounter } {
    if (!this.doc || !this.lines) {
      this.lines = new (yaml().LineCounter)();
      this.doc = yaml().parseDocument(this.text, { lineCounter: this.lines, prettyErrors: false, version: '1.2', uniqueKeys: true, logLevel: 'error' });
    }
    return { doc: this.doc, lines: this.lines };
  }

  /** Line and column of the node at `path`, or of the nearest ancestor that exists. `key: true` points at the key itself. */
  locate(path: DataPath, key = false): Position {
    if (!this.text) return { line: 1, column: 1 };
    const { doc, lines } = this.parsed();
    const { isMap, isPair, isScalar, isSeq } = yaml();
    let node: unknown = doc.contents;
    let at: unknown = node;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
        if (!pair) break;
        at = last && key ? pair.key : (pair.value ?? pair.key);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part];
        if (item === undefined) break;
        at = item;
        node = item;
      } else break;
    }
    const range = (at as Node | null)?.range;
    if (!range) return { line: 1, column: 1 };
    const pos = lines.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  }

  /**
   * The same file for a caller that needs only messages, not lines: findings made against it skip
   * building the positional document (used when simulating a closure for every action).
   */
  withoutPositions(): SourceFile {
    this.positionless ??= Object.create(this, { locate: { value: () => ({ line: 1, column: 1 }) } }) as SourceFile;
    return this.positionless;
  }

  /**
   * What a file that could not be read seems to hold, as far as the parser got: used only to tell
   * which findings elsewhere merely follow from this file being broken. Undefined when the file
   * was read normally or nothing can be made of it.
   */
  recovered(): unknown {
    if (!this.syntax.length || !this.text) return undefined;
    try {
      return this.parsed().doc.toJS({ maxAliasCount: 100 });
    } catch {
      return undefined;
    }
  }

  /** The parsed document, for writers that edit the file while keeping comments and order. */
  document(): Document | undefined {
    return this.text ? this.parsed().doc : undefined;
  }
}


/** A record's text, or why the file cannot be a record at all (too big, binary, not UTF-8). */
export function decodeRecord(path: string, buf: Buffer): { text: string } | { refused: string } {
  if (buf.length > MAX_FILE_BYTES) return { refused: `${path} is ${Math.round(buf.length / 1024 / 1024)} MB, larger than any record should be (limit 5 MB). Move large material into an attachment under files/.` };
  if (buf.includes(0)) return { refused: `${path} is not a text file (it contains binary data). Records must be YAML text; put documents under files/ and list them in attachments.` };
  if (!isUtf8(buf)) return { refused: `${path} is not valid UTF-8 text. Save it as UTF-8 in your editor.` };
  // A byte-order mark is not part of the text (as TextDecoder would drop it).
  const text = buf.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function syntaxMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same block; YAML allows each key once. Delete or rename one of them.';
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document (a "---" line part-way through). Keep one record per file.';
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation; YAML needs spaces. Replace the tab with spaces.';
    default:
      return `${first}. Check the indentation and punctuation on this line.`;
  }
}
