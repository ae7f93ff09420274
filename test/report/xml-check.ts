// A tiny, strict XML reader for tests: enough to prove well-formedness (balanced tags, quoted
// attributes, only known entities, no stray < or &) and to walk the element tree.
export interface XmlElement { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string }

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(raw: string): string {
  if (/[<]/.test(raw) || /&/.test(raw.replace(ENTITY, ''))) throw new Error(`unescaped markup in ${JSON.stringify(raw)}`);
  return raw
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  while (rest.length > 0) {
    const top = stack[stack.length - 1] as XmlElement;
    const lt = rest.indexOf('<');
    if (lt !== 0) {
      const raw = lt === -1 ? rest : rest.slice(0, lt);
      top.text += decode(raw);
      rest = lt === -1 ? '' : rest.slice(lt);
      continue;
    }
    const close = /^<\/([A-Za-z][\w.-]*)\s*>/.exec(rest);
    if (close) {
      if (top.name !== close[1]) throw new Error(`</${close[1]}> closes <${top.name}>`);
      stack.pop();
      rest = rest.slice(close[0].length);
      continue;
    }
    const open = /^<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(rest);
    if (!open) throw new Error(`malformed markup at ${JSON.stringify(rest.slice(0, 60))}`);
    const attrs: Record<string, string> = {};
    for (const m of (open[2] ?? '').matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
      const key = m[1] as string;
      if (key in attrs) throw new Error(`duplicate attribute ${key}`);
      attrs[key] = decode(m[2] as string);
    }
    const element: XmlElement = { name: open[1] as string, attrs, children: [], text: '' };
    top.children.push(element);
    if (open[3] !== '/') stack.push(element);
    rest = rest.slice(open[0].length);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('an XML document has exactly one root element');
  return root.children[0] as XmlElement;
}
