import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Each lib README's "## Public API" section is the index of its `src/index.ts`: every bullet opens with the
 * backticked names it documents (`Name`, `fn(args)`, `Class.method()`), and the test holds the two in step both
 * ways, so a README can neither promise an export that is gone nor hide one that exists.
 */
const LIBS_DIR = path.join(__dirname, '../../../libs');
const libs = fs.readdirSync(LIBS_DIR).filter((d) => fs.existsSync(path.join(LIBS_DIR, d, 'src/index.ts')));

function exportedNames(indexFile: string): Set<string> {
  const source = ts.createSourceFile(indexFile, fs.readFileSync(indexFile, 'utf8'), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  for (const stmt of source.statements) {
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) names.add(el.name.text);
    } else if (ts.isExportDeclaration(stmt)) {
      throw new Error(`${indexFile}: 'export *' hides what a lib offers; name each export`);
    } else if (ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      const named = stmt as ts.Statement & { name?: ts.Identifier };
      if (named.name) names.add(named.name.text);
    }
  }
  return names;
}

/**
 * The names each bullet of the Public API section opens with, up to its first ':', '→' or '—' outside backticks:
 * "- `A`, `B(x)` and `C.d()`: …" → A, B, C; "- `X` (5,000) and `Y`: …" → X, Y.
 */
function documentedNames(readme: string): string[] {
  const start = readme.search(/^## Public API\b/m);
  if (start < 0) return [];
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  const section = end < 0 ? rest : rest.slice(0, end);
  // A bullet runs on over its indented continuation lines.
  const bullets: string[] = [];
  for (const line of section) {
    if (/^- /.test(line)) bullets.push(line.slice(2));
    else if (/^\s+\S/.test(line) && bullets.length > 0 && !/^\s*- /.test(line)) bullets[bullets.length - 1] += ` ${line.trim()}`;
  }
  const names: string[] = [];
  for (const bullet of bullets) {
    const item = /^(`.*)$/.exec(bullet);
    if (!item) continue;
    const spans: string[] = [];
    const masked = item[1].replace(/`([^`]+)`/g, (_, token: string) => `\uE000${spans.push(token) - 1}\uE000`);
    const lead = masked.split(/:|→|—/)[0];
    for (const [, index] of lead.matchAll(/\uE000(\d+)\uE000/g)) {
      const token = spans[Number(index)];
      const id = /^[A-Za-z_$][\w$]*/.exec(token);
      if (id) names.push(id[0]);
    }
  }
  return names;
}

describe.each(libs)('libs/%s/README.md', (lib) => {
  const readme = fs.readFileSync(path.join(LIBS_DIR, lib, 'README.md'), 'utf8');
  const exported = exportedNames(path.join(LIBS_DIR, lib, 'src/index.ts'));
  const documented = documentedNames(readme);

  it('has a Public API section', () => {
    expect(documented.length).toBeGreaterThan(0);
  });

  it('names only what src/index.ts exports', () => {
    expect(documented.filter((n) => !exported.has(n))).toEqual([]);
  });

  it('names everything src/index.ts exports', () => {
    const seen = new Set(documented);
    expect([...exported].filter((n) => !seen.has(n)).sort()).toEqual([]);
  });
});
