// The text on each page of a PDF that Chromium printed, so a test can say what a page holds. Just
// enough of PDF for Skia's output: objects, Flate streams, Type0 fonts with ToUnicode maps, text
// shown with Tj/TJ, and form XObjects drawn with Do. Not a general PDF reader.
import { inflateSync } from 'node:zlib';

interface PdfObject { dict: string; stream?: Buffer }

function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<string, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const at = body.search(/stream\r?\n/);
    if (at === -1) { out.set(m[1]!, { dict: body }); continue; }
    const dataStart = start + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
    const raw = pdf.subarray(dataStart, text.indexOf('endstream', dataStart));
    const dict = body.slice(0, at);
    out.set(m[1]!, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return out;
}

/** The entries of a named sub-dictionary (`/Font <</F5 60 0 R>>`), following one indirect reference. */
function named(objs: Map<string, PdfObject>, dict: string, key: string): Map<string, string> {
  let inner = new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(dict)?.[1];
  const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1];
  if (inner === undefined && ref !== undefined) inner = /<<([\s\S]*)>>/.exec(objs.get(ref)?.dict ?? '')?.[1];
  return new Map([...(inner ?? '').matchAll(/\/(\S+?)\s+(\d+) 0 R/g)].map((x) => [x[1]!, x[2]!]));
}

function resources(objs: Map<string, PdfObject>, dict: string): string {
  const ref = /\/Resources\s+(\d+) 0 R/.exec(dict)?.[1];
  return ref ? objs.get(ref)?.dict ?? '' : dict;
}

/** Glyph id (hex) -> text, from a font's ToUnicode CMap. */
function toUnicode(objs: Map<string, PdfObject>, fontRef: string): Map<string, string> {
  const map = new Map<string, string>();
  const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(objs.get(fontRef)?.dict ?? '')?.[1];
  const cmap = cmapRef ? objs.get(cmapRef)?.stream?.toString('latin1') ?? '' : '';
  const chars = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(glyph!.toUpperCase(), chars(uni!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let g = parseInt(lo!, 16), u = parseInt(uni!, 16); g <= parseInt(hi!, 16); g++, u++) map.set(g.toString(16).toUpperCase().padStart(lo!.length, '0'), String.fromCodePoint(u));
    }
  }
  return map;
}

/** The text a content stream shows, drawing its forms too; a new line for each BT block. */
function shown(objs: Map<string, PdfObject>, content: string, res: string, depth = 0): string {
  const fonts = named(objs, res, 'Font');
  const forms = named(objs, res, 'XObject');
  const maps = new Map<string, Map<string, string>>();
  let font = new Map<string, string>();
  let out = '';
  for (const op of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f]*>)\s*Tj|\[((?:<[0-9A-Fa-f]*>|[^\]])*)\]\s*TJ|\/(\S+)\s+Do|\bBT\b/g)) {
    if (op[1] !== undefined) {
      const ref = fonts.get(op[1]) ?? '';
      if (!maps.has(ref)) maps.set(ref, toUnicode(objs, ref));
      font = maps.get(ref)!;
    } else if (op[2] !== undefined || op[3] !== undefined) {
      for (const hex of (op[2] ?? op[3]!).matchAll(/<([0-9A-Fa-f]*)>/g)) {
        for (const glyph of hex[1]!.toUpperCase().match(/.{4}/g) ?? []) out += font.get(glyph) ?? '';
      }
    } else if (op[4] !== undefined && depth < 4) {
      const form = objs.get(forms.get(op[4]) ?? '');
      if (form?.stream && /\/Subtype\s*\/Form/.test(form.dict)) out += ` ${shown(objs, form.stream.toString('latin1'), resources(objs, form.dict), depth + 1)} `;
    } else out += '\n';
  }
  return out;
}

/** Each page's text in page order, whitespace collapsed within lines. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const root = [...objs.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && /\/Kids/.test(o.dict));
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
  return kids.map((id) => {
    const page = objs.get(id)!;
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => objs.get(m[1]!)?.stream?.toString('latin1') ?? '');
    return shown(objs, contents.join('\n'), resources(objs, page.dict)).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  });
}
