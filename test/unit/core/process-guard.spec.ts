import { DomainException, installProcessGuard, uninstallProcessGuard, type DomainErrorKind } from '@app/core';

class MissingText extends DomainException<'TEXT_NOT_FOUND'> {
  readonly kind: DomainErrorKind = 'not_found';
  constructor() {
    super('TEXT_NOT_FOUND', 'No stored text chapter:0', { ref: 'chapter:0' });
  }
}

describe('installProcessGuard', () => {
  const logged: string[] = [];
  const logger = { log: () => undefined, warn: () => undefined, error: (m: string) => void logged.push(m) };

  afterEach(() => {
    uninstallProcessGuard();
    logged.length = 0;
  });

  it('logs an unhandled rejection with its code, details and stack instead of letting Node end the process', () => {
    const before = process.listenerCount('unhandledRejection');
    installProcessGuard(logger);
    installProcessGuard(logger); // idempotent: one listener however often the entry points call it
    expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
    const reason = new MissingText();
    process.emit('unhandledRejection', reason, Promise.resolve());
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(
      'Unhandled promise rejection (process kept running): code=TEXT_NOT_FOUND details={"ref":"chapter:0"} MissingText: No stored text chapter:0\n',
    );
    expect(logged[0]).toContain('process-guard.spec.ts');
    process.emit('unhandledRejection', 'plain string', Promise.resolve());
    expect(logged[1]).toContain('non-error rejection: plain string');
    uninstallProcessGuard();
    expect(process.listenerCount('unhandledRejection')).toBe(before);
  });
});
