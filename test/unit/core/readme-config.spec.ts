import * as fs from 'node:fs';
import { ENV_VARIABLES } from '@app/core';

describe('README configuration table', () => {
  it('documents every environment variable with its current default', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const v of ENV_VARIABLES) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${v.name}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(v.default === undefined ? '(unset)' : `\`${v.default}\``);
    }
  });
});
