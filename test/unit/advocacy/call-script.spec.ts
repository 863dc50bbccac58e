import { assertCallScriptTemplate, fillCallScript } from '../../../libs/advocacy/src/take-action/call-script';

describe('call scripts', () => {
  const values = {
    recordNumber: 'O2023-0004222',
    title: 'Welcoming City',
    when: 'on Wednesday, January 15, 2025',
    decider: 'the full City Council',
  };

  it('fills every placeholder, as often as it appears, and nothing else', () => {
    expect(fillCallScript('{recordNumber} ({title}): {decider} votes {when}. Again: {recordNumber}. {other}', values)).toBe(
      'O2023-0004222 (Welcoming City): the full City Council votes on Wednesday, January 15, 2025. Again: O2023-0004222. {other}',
    );
  });

  it('does not let a value be read as a placeholder', () => {
    expect(fillCallScript('{title} {recordNumber}', { ...values, title: '{recordNumber}' })).toBe('{recordNumber} O2023-0004222');
  });

  it('refuses unknown placeholders, a template without the record number, and empty or long ones', () => {
    expect(() => assertCallScriptTemplate('About {recordNumber} {matter}')).toThrow('Unknown placeholder {matter}');
    expect(() => assertCallScriptTemplate('About {title}')).toThrow('{recordNumber}');
    expect(() => assertCallScriptTemplate('  ')).toThrow('1 to 2000');
    expect(() => assertCallScriptTemplate(`{recordNumber}${'x'.repeat(2000)}`)).toThrow('1 to 2000');
    expect(() => assertCallScriptTemplate('Call about {recordNumber} {when}')).not.toThrow();
  });
});
