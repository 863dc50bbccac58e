// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The library dependency DAG (house style §4), enforced here:
 *   diff -> nothing; core -> nothing in libs; legislation -> core; code -> core, diff, legislation (the Municipal
 *   Code, amendments and text diffs read matters; the legislative record knows nothing of the code);
 *   scraper -> core, legislation, code; webhooks -> core (it delivers events without knowing them: words for chat
 *   bodies come through core's EventText port); alerts -> core, legislation (e-mail alerts filter matter events by
 *   legislation's fields and validate targets by its rules); advocacy -> core, legislation (find your alder and
 *   take action read people, meetings and lifecycles); apps -> any lib through its '@app/<lib>' root.
 * A lib never imports its own barrel, and nobody reaches into another lib's files.
 */
const LIBS = ['core', 'legislation', 'code', 'scraper', 'diff', 'webhooks', 'advocacy', 'alerts'];
const ALLOWED = {
  diff: [],
  core: [],
  legislation: ['core'],
  code: ['core', 'diff', 'legislation'],
  scraper: ['core', 'legislation', 'code'],
  webhooks: ['core'],
  advocacy: ['core', 'legislation'],
  alerts: ['core', 'legislation'],
};

const deepImports = {
  group: ['@app/*/*', '**/libs/*/src/*', '../../libs/**', '../../../libs/**'],
  message: "Import another library only through its root ('@app/<lib>'); its internals are private.",
};

function libRules(lib) {
  const forbidden = LIBS.filter((l) => !ALLOWED[lib].includes(l));
  return {
    files: [`libs/${lib}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidden.map((l) => ({
            name: `@app/${l}`,
            message:
              l === lib
                ? 'Inside a library use relative imports, never its own barrel.'
                : `libs/${lib} may not depend on libs/${l} (see eslint.config.mjs for the DAG).`,
          })),
          patterns: [deepImports, { group: ['**/apps/**', '../../../../apps/**'], message: 'Libraries never import apps.' }],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-output/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      // Type-aware rules: an unawaited promise in a job or a handler is a lost error.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Tests may reach a pure module inside a lib directly (unit tests of parsers and utils).
  { files: ['apps/**/*.ts', 'bench/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [deepImports] }] } },
  ...LIBS.map(libRules),
  {
    files: ['migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@app/*', '**/libs/**', '**/apps/**'], message: 'Migrations are frozen SQL and never import app code.' }] },
      ],
    },
  },
  prettier,
);
