import { AdvocacyErrorCode, AdvocacyException } from '../advocacy.exception';

export const SCRIPT_LANGUAGES = ['en', 'es'] as const;
export type ScriptLanguage = (typeof SCRIPT_LANGUAGES)[number];

/** What a template may say; `{recordNumber}` is required so every script names the matter. */
export const SCRIPT_PLACEHOLDERS = ['recordNumber', 'title', 'when', 'decider'] as const;
export type ScriptValues = Record<(typeof SCRIPT_PLACEHOLDERS)[number], string>;

export const MAX_TEMPLATE_LENGTH = 2000;

/** Refuses a template with an unknown `{placeholder}`, without `{recordNumber}`, or too long. */
export function assertCallScriptTemplate(template: string): void {
  const fail = (message: string) => new AdvocacyException(AdvocacyErrorCode.INVALID_TAKE_ACTION_DATA, message, {});
  if (template.trim().length === 0 || template.length > MAX_TEMPLATE_LENGTH)
    throw fail(`A call script template is 1 to ${MAX_TEMPLATE_LENGTH} characters`);
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((p) => !(SCRIPT_PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length) throw fail(`Unknown placeholder {${unknown[0]}}; allowed: ${SCRIPT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
  if (!template.includes('{recordNumber}')) throw fail('A call script template must name the matter with {recordNumber}');
}

/** The template with its placeholders filled (values are plain text; pages escape the result). */
export function fillCallScript(template: string, values: ScriptValues): string {
  return template.replace(/\{(recordNumber|title|when|decider)\}/g, (_m, key: keyof ScriptValues) => values[key]);
}
