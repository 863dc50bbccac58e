import * as fs from 'node:fs';
import * as path from 'node:path';
import { base } from '../../jest.base';

/**
 * nest-cli.json is the project map the layout keeps: it must list every app and library as it is on disk,
 * and each tsconfig it names must exist and claim exactly its own sources: the src folder, the libraries and
 * migrations it uses come in through its imports (so an app's tsconfig compiles what the app is, not every lib).
 */
const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const dirs = (parent: string) =>
  fs
    .readdirSync(path.join(ROOT, parent), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(ROOT, parent, d.name, 'src')))
    .map((d) => d.name)
    .sort();

interface Project {
  type: 'application' | 'library';
  root: string;
  sourceRoot: string;
  entryFile: string;
  compilerOptions: { tsConfigPath: string };
}
const projects: Record<string, Project> = read('nest-cli.json').projects;

describe('nest-cli.json', () => {
  it('lists every app and library folder, and nothing else', () => {
    const listed = (type: Project['type']) =>
      Object.entries(projects)
        .filter(([, p]) => p.type === type)
        .map(([name]) => name)
        .sort();
    expect(listed('application')).toEqual(dirs('apps'));
    expect(listed('library')).toEqual(dirs('libs'));
  });

  it.each(Object.entries(projects))(
    '%s: root, entry file and tsconfig are real, and the tsconfig claims its own sources only',
    (name, p) => {
      const folder = p.type === 'application' ? 'apps' : 'libs';
      expect(p.root).toBe(`${folder}/${name}`);
      expect(p.sourceRoot).toBe(`${p.root}/src`);
      expect(fs.existsSync(path.join(ROOT, p.sourceRoot, `${p.entryFile}.ts`))).toBe(true);
      const tsconfig = read(p.compilerOptions.tsConfigPath);
      expect(path.dirname(p.compilerOptions.tsConfigPath)).toBe(p.root);
      expect(tsconfig.extends).toBe('../../tsconfig.build.json');
      expect(tsconfig.include).toEqual(['src/**/*']);
      expect(tsconfig.compilerOptions.outDir).toBe(`../../dist/${p.root}`);
    },
  );

  it('every library resolves as @app/<name> in TypeScript and in Jest', () => {
    const paths = read('tsconfig.json').compilerOptions.paths as Record<string, string[]>;
    const mapper = Object.keys(base.moduleNameMapper ?? {}).map((k) => new RegExp(k));
    for (const lib of dirs('libs')) {
      expect(paths[`@app/${lib}`]).toEqual([`libs/${lib}/src`]);
      expect(mapper.some((r) => r.test(`@app/${lib}`))).toBe(true);
    }
  });
});
