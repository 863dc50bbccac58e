import { CronExpression } from './cron-expression';
import { ENV_VARIABLES, EnvVariable } from './env.schema';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigValidationError';
  }
}

export type RawEnv = Record<string, string | undefined>;
export type ParsedEnv = Record<string, string | number | boolean | undefined>;

function parseOne(v: EnvVariable, raw: string): { value?: string | number | boolean; problem?: string } {
  switch (v.kind) {
    case 'int': {
      const n = Number(raw);
      return Number.isInteger(n) && n >= 0 ? { value: n } : { problem: `${v.name} must be a non-negative integer, got "${raw}"` };
    }
    case 'number': {
      const n = Number(raw);
      return Number.isFinite(n) && n > 0 ? { value: n } : { problem: `${v.name} must be a positive number, got "${raw}"` };
    }
    case 'bool':
      if (/^(true|1|yes)$/i.test(raw)) return { value: true };
      if (/^(false|0|no)$/i.test(raw)) return { value: false };
      return { problem: `${v.name} must be true or false, got "${raw}"` };
    case 'url':
      try {
        new URL(raw);
        return { value: raw };
      } catch {
        return { problem: `${v.name} must be a URL, got "${raw}"` };
      }
    case 'cron':
      return CronExpression.isValid(raw)
        ? { value: raw }
        : { problem: `${v.name} must be a five- or six-field cron pattern, got "${raw}"` };
    default:
      return { value: raw };
  }
}

/** Validates every variable at once so a bad deploy reports all its problems together. */
export function loadEnv(env: RawEnv): ParsedEnv {
  const out: ParsedEnv = {};
  const problems: string[] = [];
  for (const v of ENV_VARIABLES) {
    const raw = env[v.name]?.trim() || (v.fallback ? env[v.fallback]?.trim() : undefined) || v.default;
    if (raw === undefined) continue;
    const { value, problem } = parseOne(v, raw);
    if (problem) problems.push(problem);
    else out[v.name] = value;
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return out;
}
