/**
 * OFD (GB/T 33190): a zip of XML. OFD.xml names each document's Document.xml, which lists its
 * pages; each page's Content.xml places text as TextObject/TextCode. The text is put back in
 * reading order (load/layout.ts) with pages kept as positions. The zip guard that protects
 * .docx checks the zip first. Imported lazily by load/index.ts.
 */
import { Parser } from 'htmlparser2';
import type { Loaded } from './index.js';
import { pagesToLines, type PlacedText } from './layout.js';
import { checkZip, MAX_DOCX_XML_BYTES, zipPart } from './zip-guard.js';
import type { Code, MessageArgs } from '../messages/types.js';

const LIMIT_MB = MAX_DOCX_XML_BYTES / 1048576;

export async function loadOfd(path: string, bytes: Uint8Array): Promise<Loaded> {
  const refused = checkZip(bytes, MAX_DOCX_XML_BYTES, 'OFD.xml');
  if (refused) {
    const code = refused.code === 'docxNotWord' ? 'ofdNotOfd' : refused.code === 'docxTooLarge' ? 'ofdTooLarge' : 'ofdCorrupt';
    const detail = refused.code === 'docxEncrypted' ? 'not a zip' : String(refused.args['detail'] ?? '');
    return fail(code, { path, limitMb: LIMIT_MB, detail });
  }
  try {
    const read = (name: string): string => {
      const part = zipPart(bytes, name);
      if (part === null) throw new OfdError(`${name} missing`);
      return new TextDecoder('utf-8').decode(part);
    };
    const roots = elements(read('OFD.xml'), 'OFD.xml').filter((e) => e.name === 'DocRoot').map((e) => resolve('', e.text));
    if (!roots.length) throw new OfdError('OFD.xml names no document');
    const pages: PlacedText[][] = [];
    for (const root of roots) {
      const document = elements(read(root), root);
      const base = root.slice(0, root.lastIndexOf('/') + 1);
      for (const page of document.filter((e) => e.name === 'Page')) {
        const loc = page.attrs['BaseLoc'];
        if (!loc) throw new OfdError(`${root}: a page without BaseLoc`);
        const content = resolve(base, loc);
        pages.push(placedText(elements(read(content), content)));
      }
    }
    const { lines, hints, pageStarts } = pagesToLines(pages);
    if (!lines.some((l) => l.trim())) return fail('ofdEmpty', { path });
    return { ok: true, source: { path, lines, hints, pageStarts, encoding: 'utf-8', format: 'ofd', lineUnit: 'extractedLine' } };
  } catch (error) {
    if (error instanceof OfdError) return fail('ofdCorrupt', { path, detail: error.message });
    throw error;
  }
}

class OfdError extends Error {}

interface XmlElement {
  /** Local name, without the ofd: prefix. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** The element's own text (for TextCode, DocRoot, BaseLoc). */
  text: string;
  /** Index of the enclosing TextObject, for TextCode. */
  readonly parent: XmlElement | null;
}

/** Every element of an XML part in document order; malformed XML (an unclosed element, a stray end tag) is an OfdError. */
function elements(xml: string, part: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let broken = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: XmlElement = { name: local(name), attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [local(k), v])), text: '', parent: stack[stack.length - 1] ?? null };
        out.push(element);
        stack.push(element);
      },
      ontext(text) {
        const top = stack[stack.length - 1];
        if (top) top.text += text;
      },
      onclosetag(name, implied) {
        // htmlparser2 calls a self-closing <x/> an implied close too; any other implied close
        // (an element left open at the end, or closed by an ancestor's end tag) is broken XML.
        if (implied && !broken && (ending || xml[parser.endIndex - 1] !== '/')) broken = `<${name}> not closed`;
        stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  let ending = false;
  parser.write(xml);
  ending = true;
  parser.end();
  if (!out.length) broken ||= 'no XML';
  if (broken) throw new OfdError(`${part}: ${broken}`);
  return out;
}

function local(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

/** A path inside the package: "/Doc_0/…" from its root, anything else from the naming part's folder. */
function resolve(base: string, loc: string): string {
  const raw = loc.trim().replace(/\\/g, '/');
  const parts = (raw.startsWith('/') ? raw.slice(1) : base + raw).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/** TextCodes placed on the page: the TextObject's Boundary (x y w h, mm) plus the code's X/Y. */
function placedText(page: readonly XmlElement[]): PlacedText[] {
  const out: PlacedText[] = [];
  for (const e of page) {
    if (e.name !== 'TextCode' || !e.parent || e.parent.name !== 'TextObject') continue;
    const [bx = 0, by = 0] = numbers(e.parent.attrs['Boundary'] ?? '');
    const size = Number(e.parent.attrs['Size']) || 3.5;
    const text = e.text.replace(/\s+/g, (s) => (s.includes('\n') ? '' : ' '));
    if (!text.trim()) continue;
    const x = bx + (Number(e.attrs['X']) || 0);
    const y = by + (Number(e.attrs['Y']) || 0);
    out.push({ x, y, size, text, width: advance(e.attrs['DeltaX'], text, size) });
  }
  return out;
}

/** The text's width from DeltaX ("g 5 3.5" = five gaps of 3.5), or estimated from its characters. */
function advance(deltaX: string | undefined, text: string, size: number): number {
  if (deltaX) {
    const tokens = deltaX.trim().split(/\s+/);
    let sum = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] === 'g') {
        sum += Number(tokens[i + 1]) * Number(tokens[i + 2]);
        i += 2;
      } else sum += Number(tokens[i]);
    }
    if (Number.isFinite(sum)) return sum + size;
  }
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? size / 2 : size;
  return width;
}

function numbers(text: string): number[] {
  return text.trim().split(/\s+/).map(Number);
}

/** A file error of `code`, with exactly that code's arguments (messages/types.ts). */
function fail<C extends Code>(code: C, args: MessageArgs[C]): Loaded {
  return { ok: false, error: { code, args, severity: 'error' } };
}
