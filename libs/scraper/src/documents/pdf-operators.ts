import type { TextMark } from '@app/code';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDF_LAYOUT_RULES } from './pdf-layout';

/**
 * The operator interpreter: replays a page's operator list (pdf.js `getOperatorList`) to place every glyph
 * (origin, advance width, font size, baseline) and to collect the thin horizontal segments (stroked lines and
 * filled thin rectangles) that word processors draw underline and strike-through with. What the segments mean
 * for the glyphs is the layout pass's business (pdf-layout.ts).
 */

export type PdfJsModule = typeof PdfJs;

type Matrix = [number, number, number, number, number, number];

export interface Glyph {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, in PDF user space (y grows upwards). */
  y: number;
  size: number;
  mark: TextMark;
}

export interface Segment {
  x0: number;
  x1: number;
  y: number;
  thickness: number;
}

interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
}

interface PdfGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `first` and then `second` (PDF row-vector convention). */
function compose(first: ArrayLike<number>, second: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = Array.from(first);
  const [A, B, C, D, E, F] = Array.from(second);
  return [a! * A! + b! * C!, a! * B! + b! * D!, c! * A! + d! * C!, c! * B! + d! * D!, e! * A! + f! * C! + E!, e! * B! + f! * D! + F!];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

interface State {
  ctm: Matrix;
  lineWidth: number;
  font: FontInfo | undefined;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
}

export async function readPage(page: PdfJs.PDFPageProxy, OPS: PdfJsModule['OPS']): Promise<{ glyphs: Glyph[]; segments: Segment[] }> {
  const list = await page.getOperatorList();
  // Page space as displayed: rotation (/Rotate) applied, origin at the lower left of the crop box, y up.
  const viewport = page.getViewport({ scale: 1 });
  const pageSpace = compose(viewport.transform, [1, 0, 0, -1, 0, viewport.height]);
  const [vx0, vy0, vx1, vy1] = [0, 0, viewport.width, viewport.height];
  const glyphs: Glyph[] = [];
  const segments: Segment[] = [];
  const stack: State[] = [];
  let s: State = {
    ctm: pageSpace,
    lineWidth: 1,
    font: undefined,
    fontSize: 0,
    fontDirection: 1,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    textMatrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
  };
  const fontOf = (name: unknown): FontInfo | undefined => {
    try {
      return typeof name === 'string' && page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontInfo) : undefined;
    } catch {
      return undefined;
    }
  };
  const setFont = (name: unknown, size: number): void => {
    s.font = fontOf(name);
    s.fontDirection = size < 0 ? -1 : 1;
    s.fontSize = Math.abs(size);
  };
  const moveText = (x: number, y: number): void => {
    s.x = s.lineX += x;
    s.y = s.lineY += y;
  };

  const showText = (items: readonly (PdfGlyph | number | null)[]): void => {
    const m = compose(s.textMatrix, s.ctm);
    const size = s.fontSize * Math.hypot(m[2], m[3]);
    // Only upright horizontal text: rotated stamps and vertical writing are left out.
    const upright = Math.abs(m[1]) < 1e-3 * Math.abs(m[0]) && Math.abs(m[2]) < 1e-3 * Math.abs(m[3]) && m[3] > 0;
    const advanceScale = s.fontSize * (s.font?.fontMatrix?.[0] ?? 0.001);
    const h = s.hScale * s.fontDirection;
    let x = 0;
    for (const g of items) {
      if (typeof g === 'number') {
        x -= (g * s.fontSize) / 1000;
        continue;
      }
      if (!g) continue;
      const w = g.width * advanceScale;
      if (upright && size > 0 && g.unicode) {
        const [gx0, gy] = apply(m, s.x + x * h, s.y + s.rise);
        const [gx1] = apply(m, s.x + (x + w) * h, s.y + s.rise);
        const text = normalizeGlyphText(g.unicode);
        const cx = (gx0 + gx1) / 2;
        if (text && cx >= vx0 && cx <= vx1 && gy >= vy0 && gy <= vy1) {
          glyphs.push({ text, x0: Math.min(gx0, gx1), x1: Math.max(gx0, gx1), y: gy, size, mark: 'none' });
        }
      }
      x += w + ((g.isSpace ? s.wordSpacing : 0) + s.charSpacing) * s.fontDirection;
    }
    s.x += x * h;
  };

  const paintOps = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const strokeOps = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);

  const addPath = (op: number, buffer: ArrayLike<number> | null | undefined): void => {
    if (!paintOps.has(op) || !buffer) return;
    const stroked = strokeOps.has(op);
    const lineWidth = stroked ? Math.max(s.lineWidth, 0.1) * Math.hypot(s.ctm[2], s.ctm[3]) : 0;
    let xs: number[] = [];
    let ys: number[] = [];
    const flush = (): void => {
      if (xs.length >= 2) {
        const x0 = Math.min(...xs);
        const x1 = Math.max(...xs);
        const y0 = Math.min(...ys);
        const y1 = Math.max(...ys);
        const height = y1 - y0;
        if (height <= PDF_LAYOUT_RULES.maxSegmentHeightPt && x1 - x0 > Math.max(height, lineWidth)) {
          segments.push({ x0, x1, y: (y0 + y1) / 2, thickness: Math.max(height, lineWidth) });
        }
      }
      xs = [];
      ys = [];
    };
    const point = (px: number, py: number): void => {
      const [tx, ty] = apply(s.ctm, px, py);
      xs.push(tx);
      ys.push(ty);
    };
    for (let k = 0; k < buffer.length;) {
      switch (buffer[k++]) {
        case 0: // moveTo
          flush();
          point(buffer[k]!, buffer[k + 1]!);
          k += 2;
          break;
        case 1: // lineTo
          point(buffer[k]!, buffer[k + 1]!);
          k += 2;
          break;
        case 2: // curveTo (control points bound the curve)
          point(buffer[k]!, buffer[k + 1]!);
          point(buffer[k + 2]!, buffer[k + 3]!);
          point(buffer[k + 4]!, buffer[k + 5]!);
          k += 6;
          break;
        case 3: // quadraticCurveTo
          point(buffer[k]!, buffer[k + 1]!);
          point(buffer[k + 2]!, buffer[k + 3]!);
          k += 4;
          break;
        default: // closePath
          break;
      }
    }
    flush();
  };

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as any[];
    switch (fn) {
      case OPS.save:
        stack.push({ ...s });
        break;
      case OPS.restore:
        s = stack.pop() ?? s;
        break;
      case OPS.transform:
        s.ctm = compose(args, s.ctm);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...s });
        if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) s.ctm = compose(args[0] as ArrayLike<number>, s.ctm);
        break;
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.setLineWidth:
        s.lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setGState:
        for (const [key, value] of (args[0] ?? []) as [string, any][]) {
          if (key === 'LW' && typeof value === 'number') s.lineWidth = value;
          else if (key === 'Font' && Array.isArray(value)) setFont(value[0], Number(value[1]));
        }
        break;
      case OPS.constructPath:
        addPath(args[0] as number, (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0]);
        break;
      case OPS.beginText:
        s.textMatrix = IDENTITY;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      case OPS.setFont:
        setFont(args[0], Number(args[1]));
        break;
      case OPS.setCharSpacing:
        s.charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = Number(args[0]);
        break;
      case OPS.setHScale:
        s.hScale = Number(args[0]) / 100;
        break;
      case OPS.setLeading:
        s.leading = -Number(args[0]);
        break;
      case OPS.setTextRise:
        s.rise = Number(args[0]);
        break;
      case OPS.setTextMatrix: {
        const m = (args.length === 1 ? args[0] : args) as ArrayLike<number>;
        s.textMatrix = Array.from(m) as Matrix;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      }
      case OPS.moveText:
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setLeadingMoveText:
        s.leading = Number(args[1]);
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showText(args[0] as PdfGlyph[]);
        break;
      case OPS.nextLineShowText:
        moveText(0, s.leading);
        showText(args[0] as PdfGlyph[]);
        break;
      case OPS.nextLineSetSpacingShowText:
        s.wordSpacing = Number(args[0]);
        s.charSpacing = Number(args[1]);
        moveText(0, s.leading);
        showText(args[2] as PdfGlyph[]);
        break;
      default:
        break;
    }
  }
  segments.sort((a, b) => a.y - b.y);
  return { glyphs, segments };
}

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

function normalizeGlyphText(unicode: string): string {
  return (
    unicode
      .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
      .replace(/[\u00A0\u2000-\u200A\u202F\u3000\t]/g, ' ')
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u001F\u200B\uFEFF]/g, '')
  );
}
