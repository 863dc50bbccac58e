import { sharedLines } from '../../../libs/diff/src/shared-lines.util';
import { pick, seededRandom } from './seeded-random';

describe(sharedLines.name, () => {
  it('cuts after the last shared line break at the start and after the first one in the shared tail', () => {
    const from = '(a) kept\n(b) old words here\n(c) kept too\n(d) end\n';
    const to = '(a) kept\n(b) new words here\n(c) kept too\n(d) end\n';
    expect(sharedLines(from, to)).toEqual({ prefix: '(a) kept\n'.length, suffix: '(c) kept too\n(d) end\n'.length });
  });

  it('shares nothing without a line break, or when the first characters differ', () => {
    expect(sharedLines('same words, old', 'same words, new')).toEqual({ prefix: 0, suffix: 0 });
    expect(sharedLines('\nabc\n', 'x\nabc\n')).toEqual({ prefix: 0, suffix: 'abc\n'.length });
  });

  it('never lets prefix and suffix overlap', () => {
    expect(sharedLines('a\na\n', 'a\na\na\n')).toEqual({ prefix: 4, suffix: 0 });
    expect(sharedLines('a\n', 'a\n')).toEqual({ prefix: 2, suffix: 0 });
  });

  it('always cuts at shared line breaks, for generated texts', () => {
    const random = seededRandom(11);
    const pieces = ['a', 'b', '\n', '\r\n', ' '];
    for (let n = 0; n < 2000; n++) {
      const make = () => Array.from({ length: Math.floor(random() * 12) }, () => pick(random, pieces)).join('');
      const head = make();
      const tail = make();
      const from = head + make() + tail;
      const to = head + make() + tail;
      const { prefix, suffix } = sharedLines(from, to);
      expect(prefix + suffix).toBeLessThanOrEqual(Math.min(from.length, to.length));
      expect(from.slice(0, prefix)).toBe(to.slice(0, prefix));
      expect(from.slice(from.length - suffix)).toBe(to.slice(to.length - suffix));
      if (prefix > 0 && prefix < Math.max(from.length, to.length)) expect(from[prefix - 1]).toBe('\n');
      if (suffix > 0) expect(from[from.length - suffix - 1]).toBe('\n');
    }
  });
});
