import { ConsoleLogger, LogLevel } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Console logs at LOG_LEVEL and above; one JSON object per line when LOG_FORMAT=json. */
export function createAppLogger(config: AppConfig): ConsoleLogger {
  const { level, format } = config.logging;
  const i = LEVELS.indexOf(level as LogLevel);
  const upTo = i >= 0 ? i : LEVELS.indexOf('log');
  return new ConsoleLogger({ logLevels: LEVELS.slice(0, upTo + 1), json: format === 'json' });
}
