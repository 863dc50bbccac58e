/**
 * A small OData-ish `filter=` evaluator covering what eLMS scrapers actually send:
 *
 *   lastPublicationDate gt 2026-01-01T00:00:00+00:00
 *   date ge 2025-01-01T00:00:00Z and date lt 2025-02-01T00:00:00Z
 *   bodyType eq 'Committee'            supersededBy eq null          fileYear eq 2024
 *   actions/any(a: a/actionDate gt 2025-01-01T00:00:00Z) or introductionDate gt 2025-01-01
 *   not (status eq 'Cancelled')        isActive eq true              date gt datetime'2025-01-01T00:00:00Z'
 *
 * Anything else (functions such as contains(), arithmetic, `in`, unknown fields) raises a
 * FilterError so the replay server answers 400 like a real server would, instead of silently
 * returning unfiltered rows and hiding a scraper bug.
 *
 * Comparison rules (chosen to match a SQL Server backend, which eLMS is):
 * - strings compare case-insensitively (default SQL Server collation);
 * - a date literal compares as an instant against a string field holding an ISO date;
 * - `eq null` / `ne null` test for null or a missing field; ordering against null is false.
 */

export class FilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterError';
  }
}

export type Literal =
  | { kind: 'lit'; type: 'string'; value: string }
  | { kind: 'lit'; type: 'number'; value: number }
  | { kind: 'lit'; type: 'boolean'; value: boolean }
  | { kind: 'lit'; type: 'null'; value: null }
  | { kind: 'lit'; type: 'date'; value: number; text: string }
  | { kind: 'lit'; type: 'guid'; value: string };

export interface PathOperand {
  kind: 'path';
  segments: string[];
}

export type Operand = Literal | PathOperand;
export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: ComparisonOp; left: Operand; right: Operand }
  | { kind: 'bool'; operand: PathOperand }
  | { kind: 'lambda'; fn: 'any' | 'all'; collection: PathOperand; variable?: string; body?: FilterNode };

type Token =
  | { t: 'punct'; v: '(' | ')' | '/' | ':' | ','; pos: number }
  | { t: 'ident'; v: string; pos: number }
  | { t: 'lit'; v: Literal; pos: number };

const COMPARISON_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const UNSUPPORTED_OPS = new Set<string>(['has', 'in', 'add', 'sub', 'mul', 'div', 'mod']);

const GUID_RE = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w-])/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?(?![\w:.-])/;
const NUMBER_RE = /^-?\d+(?:\.\d+)?(?![\w.-])/;
const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*/;

function parseInstant(text: string, pos: number): number {
  // A date-only literal means midnight UTC, as an OData Edm.Date compared with a DateTimeOffset.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new FilterError(`invalid date literal '${text}' at position ${pos}`);
  return ms;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '/' || ch === ':' || ch === ',') {
      tokens.push({ t: 'punct', v: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= src.length) throw new FilterError(`unterminated string literal at position ${i}`);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += src[j];
        j++;
      }
      tokens.push({ t: 'lit', v: { kind: 'lit', type: 'string', value }, pos: i });
      i = j + 1;
      continue;
    }
    const rest = src.slice(i);
    const dt = /^datetime(?:offset)?'([^']*)'/i.exec(rest);
    if (dt) {
      const text = dt[1]!;
      tokens.push({ t: 'lit', v: { kind: 'lit', type: 'date', value: parseInstant(text, i), text }, pos: i });
      i += dt[0].length;
      continue;
    }
    const guid = GUID_RE.exec(rest);
    if (guid) {
      tokens.push({ t: 'lit', v: { kind: 'lit', type: 'guid', value: guid[0] }, pos: i });
      i += guid[0].length;
      continue;
    }
    const date = DATE_RE.exec(rest);
    if (date) {
      // An unencoded '+' in a query string arrives as a space; say so rather than a vague parse error.
      if (/T[\d:.]+$/.test(date[0]) && /^ \d{2}:\d{2}/.test(rest.slice(date[0].length))) {
        throw new FilterError(
          `date literal '${date[0]}' at position ${i} is followed by ' hh:mm': was a '+' in the timezone offset sent unencoded? Encode it as %2B`,
        );
      }
      tokens.push({ t: 'lit', v: { kind: 'lit', type: 'date', value: parseInstant(date[0], i), text: date[0] }, pos: i });
      i += date[0].length;
      continue;
    }
    const num = NUMBER_RE.exec(rest);
    if (num) {
      tokens.push({ t: 'lit', v: { kind: 'lit', type: 'number', value: Number(num[0]) }, pos: i });
      i += num[0].length;
      continue;
    }
    const ident = IDENT_RE.exec(rest);
    if (ident) {
      const word = ident[0];
      const lower = word.toLowerCase();
      if (lower === 'null') tokens.push({ t: 'lit', v: { kind: 'lit', type: 'null', value: null }, pos: i });
      else if (lower === 'true' || lower === 'false')
        tokens.push({ t: 'lit', v: { kind: 'lit', type: 'boolean', value: lower === 'true' }, pos: i });
      else tokens.push({ t: 'ident', v: word, pos: i });
      i += word.length;
      continue;
    }
    throw new FilterError(`unexpected character '${ch}' at position ${i}`);
  }
  return tokens;
}

class Parser {
  private i = 0;
  private readonly lambdaVars: string[] = [];

  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) throw new FilterError('empty filter');
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) throw new FilterError(`unexpected '${tokenText(extra)}' at position ${extra.pos}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const tok = this.tokens[this.i++];
    if (!tok) throw new FilterError('unexpected end of filter');
    return tok;
  }

  private isKeyword(tok: Token | undefined, word: string): boolean {
    return tok?.t === 'ident' && tok.v.toLowerCase() === word;
  }

  private expectPunct(v: string): void {
    const tok = this.next();
    if (tok.t !== 'punct' || tok.v !== v) throw new FilterError(`expected '${v}' at position ${tok.pos}, got '${tokenText(tok)}'`);
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isKeyword(this.peek(), 'or')) {
      this.i++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isKeyword(this.peek(), 'and')) {
      this.i++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.isKeyword(this.peek(), 'not')) {
      this.i++;
      return { kind: 'not', expr: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const tok = this.peek();
    if (tok?.t === 'punct' && tok.v === '(') {
      this.i++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    const left = this.parseOperand();
    if (left.kind === 'path') {
      const lambda = this.tryLambda(left);
      if (lambda) return lambda;
    }
    const opTok = this.peek();
    if (opTok?.t === 'ident' && COMPARISON_OPS.has(opTok.v.toLowerCase())) {
      this.i++;
      const right = this.parseOperand();
      return { kind: 'cmp', op: opTok.v.toLowerCase() as ComparisonOp, left, right };
    }
    if (opTok?.t === 'ident' && UNSUPPORTED_OPS.has(opTok.v.toLowerCase())) {
      throw new FilterError(`operator '${opTok.v}' is not supported (position ${opTok.pos})`);
    }
    if (left.kind === 'path') return { kind: 'bool', operand: left };
    throw new FilterError(`expected a comparison operator after literal at position ${tok?.pos ?? 0}`);
  }

  /** `path/any(v: expr)`, `path/all(v: expr)` or `path/any()`; the path parser stops before them. */
  private tryLambda(collection: PathOperand): FilterNode | undefined {
    const slash = this.peek();
    const fnTok = this.tokens[this.i + 1];
    if (!(slash?.t === 'punct' && slash.v === '/' && fnTok?.t === 'ident')) return undefined;
    const fn = fnTok.v.toLowerCase();
    if (fn !== 'any' && fn !== 'all') return undefined;
    this.i += 2;
    this.expectPunct('(');
    const close = this.peek();
    if (close?.t === 'punct' && close.v === ')') {
      this.i++;
      if (fn === 'all') throw new FilterError(`all() needs a lambda expression (position ${fnTok.pos})`);
      return { kind: 'lambda', fn, collection };
    }
    const varTok = this.next();
    if (varTok.t !== 'ident') throw new FilterError(`expected a lambda variable at position ${varTok.pos}`);
    this.expectPunct(':');
    this.lambdaVars.push(varTok.v);
    const body = this.parseOr();
    this.lambdaVars.pop();
    this.expectPunct(')');
    return { kind: 'lambda', fn, collection, variable: varTok.v, body };
  }

  private parseOperand(): Operand {
    const tok = this.next();
    if (tok.t === 'lit') return tok.v;
    if (tok.t !== 'ident') throw new FilterError(`unexpected '${tokenText(tok)}' at position ${tok.pos}`);
    const after = this.peek();
    if (after?.t === 'punct' && after.v === '(') {
      throw new FilterError(`function '${tok.v}()' is not supported (position ${tok.pos}); use search= for keywords`);
    }
    if (['and', 'or', 'not', ...COMPARISON_OPS].includes(tok.v.toLowerCase())) {
      throw new FilterError(`unexpected keyword '${tok.v}' at position ${tok.pos}`);
    }
    const segments = [tok.v];
    for (;;) {
      const slash = this.peek();
      const seg = this.tokens[this.i + 1];
      if (!(slash?.t === 'punct' && slash.v === '/' && seg?.t === 'ident')) break;
      const lower = seg.v.toLowerCase();
      if (lower === 'any' || lower === 'all') break;
      segments.push(seg.v);
      this.i += 2;
    }
    return { kind: 'path', segments };
  }
}

function tokenText(tok: Token): string {
  if (tok.t === 'lit') return tok.v.type === 'date' ? tok.v.text : String(tok.v.value);
  return tok.v;
}

export function parseFilter(src: string): FilterNode {
  return new Parser(tokenize(src)).parse();
}

/** Top-level record fields a filter reads (lambda variables excluded), for "unknown field" checks. */
export function referencedFields(node: FilterNode, bound: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  const visitOperand = (op: Operand, vars: ReadonlySet<string>): void => {
    if (op.kind === 'path' && !vars.has(op.segments[0]!)) out.add(op.segments[0]!);
  };
  const visit = (n: FilterNode, vars: ReadonlySet<string>): void => {
    switch (n.kind) {
      case 'and':
      case 'or':
        visit(n.left, vars);
        visit(n.right, vars);
        break;
      case 'not':
        visit(n.expr, vars);
        break;
      case 'cmp':
        visitOperand(n.left, vars);
        visitOperand(n.right, vars);
        break;
      case 'bool':
        visitOperand(n.operand, vars);
        break;
      case 'lambda':
        visitOperand(n.collection, vars);
        if (n.body) visit(n.body, n.variable ? new Set([...vars, n.variable]) : vars);
        break;
    }
  };
  visit(node, bound);
  return [...out];
}

type Scope = ReadonlyMap<string, unknown>;

function resolvePath(record: unknown, path: PathOperand, scope: Scope): unknown {
  const [head, ...rest] = path.segments;
  let cur: unknown = scope.has(head!) ? scope.get(head!) : isObject(record) ? record[head!] : undefined;
  for (const seg of rest) cur = isObject(cur) ? cur[seg] : undefined;
  return cur;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Value =
  | { type: 'null' }
  | { type: 'string'; v: string }
  | { type: 'number'; v: number }
  | { type: 'boolean'; v: boolean }
  | { type: 'date'; v: number };

function toValue(operand: Operand, record: unknown, scope: Scope): Value {
  if (operand.kind === 'lit') {
    switch (operand.type) {
      case 'null':
        return { type: 'null' };
      case 'date':
        return { type: 'date', v: operand.value };
      case 'guid':
        return { type: 'string', v: operand.value };
      case 'string':
        return { type: 'string', v: operand.value };
      case 'number':
        return { type: 'number', v: operand.value };
      case 'boolean':
        return { type: 'boolean', v: operand.value };
    }
  }
  const raw = resolvePath(record, operand, scope);
  if (raw === null || raw === undefined) return { type: 'null' };
  if (typeof raw === 'string') return { type: 'string', v: raw };
  if (typeof raw === 'number') return { type: 'number', v: raw };
  if (typeof raw === 'boolean') return { type: 'boolean', v: raw };
  throw new FilterError(`field '${operand.segments.join('/')}' is a collection or object and cannot be compared; use any()/all()`);
}

function ordered(op: ComparisonOp, diff: number): boolean {
  switch (op) {
    case 'eq':
      return diff === 0;
    case 'ne':
      return diff !== 0;
    case 'gt':
      return diff > 0;
    case 'ge':
      return diff >= 0;
    case 'lt':
      return diff < 0;
    case 'le':
      return diff <= 0;
  }
}

function compare(op: ComparisonOp, a: Value, b: Value): boolean {
  if (a.type === 'null' || b.type === 'null') {
    const bothNull = a.type === 'null' && b.type === 'null';
    if (op === 'eq') return bothNull;
    if (op === 'ne') return !bothNull;
    return false;
  }
  if (a.type === 'date' || b.type === 'date') {
    const toMs = (x: Value): number => (x.type === 'date' ? x.v : x.type === 'string' ? Date.parse(x.v) : NaN);
    const am = toMs(a);
    const bm = toMs(b);
    if (Number.isNaN(am) || Number.isNaN(bm)) return op === 'ne';
    return ordered(op, am - bm);
  }
  if (a.type === 'number' || b.type === 'number') {
    const toNum = (x: Value): number => (x.type === 'number' ? x.v : x.type === 'string' && x.v.trim() !== '' ? Number(x.v) : NaN);
    const an = toNum(a);
    const bn = toNum(b);
    if (Number.isNaN(an) || Number.isNaN(bn)) return op === 'ne';
    return ordered(op, an - bn);
  }
  if (a.type === 'boolean' || b.type === 'boolean') {
    if (a.type !== b.type) return op === 'ne';
    if (op === 'eq') return a.v === b.v;
    if (op === 'ne') return a.v !== b.v;
    return false;
  }
  const as = a.v.toLowerCase();
  const bs = b.v.toLowerCase();
  return ordered(op, as < bs ? -1 : as > bs ? 1 : 0);
}

function evaluate(node: FilterNode, record: unknown, scope: Scope): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, record, scope) && evaluate(node.right, record, scope);
    case 'or':
      return evaluate(node.left, record, scope) || evaluate(node.right, record, scope);
    case 'not':
      return !evaluate(node.expr, record, scope);
    case 'cmp':
      return compare(node.op, toValue(node.left, record, scope), toValue(node.right, record, scope));
    case 'bool':
      return resolvePath(record, node.operand, scope) === true;
    case 'lambda': {
      const coll = resolvePath(record, node.collection, scope);
      // List rows carry null collections; treat as empty so any() is false and all() is true.
      const items = Array.isArray(coll) ? coll : [];
      if (!node.body || !node.variable) return items.length > 0;
      const variable = node.variable;
      const body = node.body;
      const test = (item: unknown): boolean => evaluate(body, record, new Map([...scope, [variable, item]]));
      return node.fn === 'any' ? items.some(test) : items.every(test);
    }
  }
}

export function matchesFilter(node: FilterNode, record: unknown): boolean {
  return evaluate(node, record, new Map());
}
