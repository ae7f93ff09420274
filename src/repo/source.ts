// One YAML file of the assurance repo: its text, its data, and a way back from a data path
// (e.g. ["closure", "decided_by"]) to the 1-based line and column of that node.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type DataPath = readonly (string | number)[];
export interface Position { line: number; column: number }
export interface SyntaxProblem { message: string; line?: number; column?: number }

/** Files larger than this are refused: no real action or evidence record comes close. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export class SourceFile {
  readonly syntax: SyntaxProblem[] = [];
  data: unknown = undefined;
  private doc?: Document;
  private lines?: LineCounter;

  constructor(readonly path: string, readonly text: string) {
    this.parse();
  }

  static fromBuffer(path: string, buf: Buffer): SourceFile {
    if (buf.length > MAX_FILE_BYTES) {
      return SourceFile.broken(path, `${path} is ${Math.round(buf.length / 1024 / 1024)} MB, larger than any record should be (limit 5 MB). Move large material into an attachment under files/.`);
    }
    if (buf.includes(0)) return SourceFile.broken(path, `${path} is not a text file (it contains binary data). Records must be YAML text; put documents under files/ and list them in attachments.`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    if (text.includes('\uFFFD')) return SourceFile.broken(path, `${path} is not valid UTF-8 text. Save it as UTF-8 in your editor.`);
    return new SourceFile(path, text);
  }

  private static broken(path: string, message: string): SourceFile {
    const f = new SourceFile(path, '');
    f.syntax.length = 0;
    f.syntax.push({ message, line: 1, column: 1 });
    f.data = undefined;
    return f;
  }

  private parse(): void {
    const lines = new LineCounter();
    const doc = parseDocument(this.text, { lineCounter: lines, prettyErrors: false, version: '1.2', uniqueKeys: true });
    this.doc = doc;
    this.lines = lines;
    for (const err of doc.errors) {
      const pos = lines.linePos(err.pos[0]);
      this.syntax.push({ message: syntaxMessage(err.code, err.message), line: pos.line, column: pos.col });
    }
    if (this.syntax.length) return;
    try {
      this.data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      this.syntax.push({ message: `${(e as Error).message}. Remove the repeated YAML aliases (*name) and write the values out.`, line: 1, column: 1 });
    }
  }

  /** Line and column of the node at `path`, or of the nearest ancestor that exists. `key: true` points at the key itself. */
  locate(path: DataPath, key = false): Position {
    const doc = this.doc;
    if (!doc || !this.lines) return { line: 1, column: 1 };
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
    const pos = this.lines.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  }

  /** The parsed document, for writers that edit the file while keeping comments and order. */
  document(): Document | undefined {
    return this.doc;
  }
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
