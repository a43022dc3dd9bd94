/**
 * Static ReDoS check for rule-set regexes. JavaScript's backtracking engine can take exponential
 * time on patterns such as `(a+)+$`, and one such pattern in a user's rule set would hang a batch.
 * We reject, at load, the two shapes that cause exponential backtracking:
 *  - a repeated group whose body repeats too (star height > 1): `(a+)+`, `(?:\s*x)*`, `(a{1,9})+`;
 *  - a repeated alternation whose branches can start with the same character: `(a|a)+`, `(\w|\d)*`.
 * Polynomial blow-ups (`.*.*x`) are bounded instead by the length of text a regex sees (a heading,
 * a sentence, a report body), and by MAX_INPUT_BYTES.
 */

/** Why a regex is unsafe, or null when it is safe. Assumes the source already compiles. */
export function unsafeRegex(source: string): string | null {
  // The reader and the check recurse per group: 3,000 nested groups overflowed the stack (a crash, not a verdict).
  if (groupDepth(source) > MAX_GROUP_DEPTH) return `groups nested more than ${MAX_GROUP_DEPTH} deep; no checklist needs that many`;
  let tree: Alternation;
  try {
    tree = new Parser(source).parse();
  } catch {
    return null; // a shape we do not model (the compiler accepted it); no verdict rather than a false alarm
  }
  // Anchored at the start, a pattern is tried at one position only: two runs are quadratic, not cubic.
  return check(tree, source, tree.length === 1 && source.startsWith('^'));
}

/** Deepest group nesting a rule-set pattern may have. */
export const MAX_GROUP_DEPTH = 50;

/** How deep the pattern's groups nest, skipping escapes and character classes. */
function groupDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth--;
  }
  return deepest;
}

interface Quant {
  readonly min: number;
  readonly max: number; // Infinity when unbounded
}
type Atom =
  | { readonly kind: 'char'; readonly text: string; readonly quant: Quant | null }
  | { readonly kind: 'group'; readonly body: Alternation; readonly text: string; readonly quant: Quant | null };
type Sequence = Atom[];
type Alternation = Sequence[];

const ONE: Quant = { min: 1, max: 1 };
const repeats = (q: Quant | null) => (q ?? ONE).max > 1;

function check(alt: Alternation, source: string, anchored = false): string | null {
  for (const seq of alt) {
    const pair = anchored ? null : overlappingRuns(seq, source);
    if (pair) {
      return `repetitions ${JSON.stringify(pair[0])} and ${JSON.stringify(pair[1])} can match the same text, which takes cubic time on a long line; bound one of them, e.g. {0,50}`;
    }
    for (const atom of seq) {
      if (atom.kind !== 'group') continue;
      if (repeats(atom.quant)) {
        const outerUnbounded = atom.quant!.max === Infinity;
        const inner = innerRepeat(atom.body);
        if (inner && (outerUnbounded || inner.max === Infinity)) {
          return `nested repetition ${JSON.stringify(atom.text)} can take exponential time; bound or remove one repetition`;
        }
        if (outerUnbounded && overlaps(atom.body, source)) {
          return `repeated alternatives in ${JSON.stringify(atom.text)} can start with the same character, which can take exponential time; make the alternatives distinct`;
        }
      }
      const nested = check(atom.body, source);
      if (nested) return nested;
    }
  }
  return null;
}

/**
 * Two unbounded repetitions of characters in one sequence that can match the same character
 * (`.*公开.*计划`, `\d+\s*\d+`): with the search over start positions that is cubic time.
 */
function overlappingRuns(seq: Sequence, source: string): [string, string] | null {
  const runs = seq.filter((a) => a.kind === 'char' && a.quant?.max === Infinity);
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      if (shareCharacter([runs[i]!.text, runs[j]!.text], source)) return [quoted(runs[i]!), quoted(runs[j]!)];
    }
  }
  return null;
}

const quoted = (a: Atom) => `${a.text}${a.quant?.min === 0 ? '*' : '+'}`;

/** The first repetition (quantifier with max > 1) anywhere inside. */
function innerRepeat(alt: Alternation): Quant | null {
  for (const seq of alt) {
    for (const atom of seq) {
      if (repeats(atom.quant)) return atom.quant;
      if (atom.kind === 'group') {
        const q = innerRepeat(atom.body);
        if (q) return q;
      }
    }
  }
  return null;
}

/** Can two branches start with the same character (or a branch match nothing)? Tested on probe characters. */
function overlaps(alt: Alternation, source: string): boolean {
  if (alt.length < 2) return false;
  const firsts: string[] = [];
  for (const seq of alt) {
    const first = seq[0];
    if (!first) return true; // an empty branch: (|a)+
    if (first.kind !== 'char') return false; // nested group first: not modelled, no verdict
    firsts.push(first.text);
  }
  return shareCharacter(firsts, source);
}

/** Do two of these one-character patterns match a common character? Tested on probe characters. */
function shareCharacter(atoms: readonly string[], source: string): boolean {
  let firsts: RegExp[];
  try {
    firsts = atoms.map((a) => new RegExp(`^(?:${a})$`, 'u'));
  } catch {
    return false;
  }
  const probes = new Set([...source].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let c = 0x20; c < 0x7f; c++) probes.add(String.fromCharCode(c));
  for (const c of '\t\n\u3000中一。，１') probes.add(c);
  for (const probe of probes) {
    if (firsts.filter((r) => r.test(probe)).length > 1) return true;
  }
  return false;
}

/** A small recursive-descent reader of JavaScript regex syntax, just enough to see groups and quantifiers. */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Alternation {
    const alt = this.alternation();
    if (this.i < this.s.length) throw new Error('unbalanced');
    return alt;
  }

  private alternation(): Alternation {
    const alt: Alternation = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alt.push(this.sequence());
    }
    return alt;
  }

  private sequence(): Sequence {
    const seq: Sequence = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const start = this.i;
      const c = this.s[this.i]!;
      if (c === '(') {
        this.i++;
        const look = /^\?(?:<[=!]|[=!])/.exec(this.s.slice(this.i));
        if (look) this.i += look[0].length;
        else if (this.s.startsWith('?:', this.i)) this.i += 2;
        else if (this.s.startsWith('?<', this.i)) this.i = this.s.indexOf('>', this.i) + 1;
        const body = this.alternation();
        if (this.s[this.i] !== ')') throw new Error('unclosed group');
        this.i++;
        const quant = this.quantifier();
        // A lookaround matches no characters, so repeating it cannot backtrack over input.
        seq.push({ kind: 'group', body: look ? [] : body, text: this.s.slice(start, this.i), quant });
        continue;
      }
      if (c === '[') this.skipClass();
      else if (c === '\\') this.i += this.s[this.i + 1] === 'u' && this.s[this.i + 2] === '{' ? this.s.indexOf('}', this.i) + 1 - this.i : this.escapeLength();
      else this.i += c.codePointAt(0)! > 0xffff ? 2 : 1;
      const text = this.s.slice(start, this.i);
      const quant = this.quantifier();
      // Anchors and assertions match no characters.
      if (!/^(?:\^|\$|\\[bB])$/.test(text)) seq.push({ kind: 'char', text, quant });
    }
    return seq;
  }

  private escapeLength(): number {
    const rest = this.s.slice(this.i);
    const m = /^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[pP]\{[^}]*\}|k<[^>]*>|\d+|[\s\S])/u.exec(rest);
    if (!m) throw new Error('bad escape');
    return m[0].length;
  }

  private skipClass(): void {
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
  }

  private quantifier(): Quant | null {
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.s.slice(this.i));
    if (!m) return null;
    this.i += m[0].length;
    if (m[1]) return m[1] === '*' ? { min: 0, max: Infinity } : m[1] === '+' ? { min: 1, max: Infinity } : { min: 0, max: 1 };
    const min = Number(m[2]);
    return { min, max: m[3] ? (m[4] ? Number(m[4]) : Infinity) : min };
  }
}
