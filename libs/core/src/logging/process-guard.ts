import { ConsoleLogger, type LoggerService } from '@nestjs/common';

let installed: ((reason: unknown) => void) | null = null;

function describe(reason: unknown): string {
  if (reason instanceof Error) {
    const code = (reason as { code?: unknown }).code;
    const details = (reason as { details?: unknown }).details;
    const context = [code !== undefined ? `code=${String(code)}` : '', details !== undefined ? `details=${JSON.stringify(details)}` : '']
      .filter(Boolean)
      .join(' ');
    return `${context ? `${context} ` : ''}${reason.stack ?? `${reason.name}: ${reason.message}`}`;
  }
  return `non-error rejection: ${typeof reason === 'string' ? reason : JSON.stringify(reason)}`;
}

/**
 * Node ends the process on a promise rejection no one handled; one slip in one request's code would
 * then stop every other request. Such a rejection is a bug to fix, so it is logged as an error with
 * what it carried (name, domain code and details, stack), but the process keeps serving. Installed
 * once per process by the api, worker and standalone entry points; calling it again does nothing.
 * Uncaught synchronous exceptions still end the process: their state is unknown.
 */
export function installProcessGuard(logger: LoggerService = new ConsoleLogger()): void {
  if (installed) return;
  installed = (reason: unknown) => logger.error(`Unhandled promise rejection (process kept running): ${describe(reason)}`, 'Process');
  process.on('unhandledRejection', installed);
}

/** For tests: take the listener off again. */
export function uninstallProcessGuard(): void {
  if (installed) process.off('unhandledRejection', installed);
  installed = null;
}
