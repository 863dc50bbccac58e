import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { projectFixturesDir } from './fixtures-dir';

/**
 * Municipal Code pages served under the publisher's real paths, built from the transcriptions in
 * `test/fixtures/municipal-code`: each `X.txt` is served at the path of the "Source page:" named
 * in `X.source.txt`.
 *
 * synthetic-code-page-html: the publisher's HTML markup was not captured, so each page is DERIVED:
 * every line of the transcribed text becomes one <p> (text unchanged), inside <main>, with the
 * section heading as <h1>. When the transcription starts at the body (2-173-005), the heading line
 * ("2-173-005 Purpose and intent.") is taken from the "Document:" line of its .source.txt.
 */
export class CodePages {
  private constructor(private readonly pages: Map<string, string>) {}

  static load(dir: string = projectFixturesDir('municipal-code')): CodePages {
    const pages = new Map<string, string>();
    if (!existsSync(dir)) return new CodePages(pages);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.source.txt'))) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const textFile = path.join(dir, name.replace(/\.source\.txt$/, '.txt'));
      const url = /^Source page:\s*(\S+)/m.exec(source)?.[1];
      if (!url || !existsSync(textFile)) continue;
      pages.set(new URL(url).pathname.replace(/\/+$/, ''), toHtml(readFileSync(textFile, 'utf8'), source));
    }
    return new CodePages(pages);
  }

  get size(): number {
    return this.pages.size;
  }

  paths(): string[] {
    return [...this.pages.keys()];
  }

  get(pathname: string): string | undefined {
    return this.pages.get(pathname.replace(/\/+$/, ''));
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function toHtml(text: string, source: string): string {
  const lines = text.split(/\r?\n/);
  let heading = lines[0]?.trim() ?? '';
  const startsWithSection = /^(§\s*)?\d+-\d+-\d+/.test(heading);
  if (!startsWithSection) {
    const m = /Section (\d+-\d+-\d+) ([^.\n]+\.)/.exec(source);
    heading = m ? `${m[1]} ${m[2]}` : '';
  } else {
    lines.shift();
  }
  const body = lines
    .map((l) => (l.trim() === '' ? '' : `<p>${escapeHtml(l)}</p>`))
    .filter(Boolean)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body><nav>Municipal Code of Chicago</nav><main>
<h1>${escapeHtml(heading)}</h1>
${body}
</main></body></html>
`;
}
