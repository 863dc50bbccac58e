import { isValidEventTypePattern, matchesAnyEventType, matchesEventType } from '../../../libs/webhooks/src/events/event-type-glob';

describe('matchesEventType', () => {
  it.each([
    ['matter.created', 'matter.created', true],
    ['matter.created', 'matter.updated', false],
    ['matter.created', 'matter.created.extra', false],
    ['matter.*', 'matter.created', true],
    ['matter.*', 'matter.sponsor.added', true],
    ['matter.*', 'matters.created', false],
    ['matter.*', 'matter', false],
    ['matter.*', 'action.created', false],
    ['*.created', 'action.created', true],
    ['*.created', 'action.updated', false],
    ['*.*', 'matter.created', true],
    ['*.*', 'ping', false],
    ['*', 'ping', true],
    ['*', 'matter.status.changed', true],
    ['m?tter.created', 'matter.created', false],
    ['matter.(created)', 'matter.created', false],
    ['Matter.created', 'matter.created', false],
  ])('%s vs %s → %s', (pattern, type, expected) => {
    expect(matchesEventType(pattern, type)).toBe(expected);
  });

  it('matches any of several patterns', () => {
    expect(matchesAnyEventType(['vote.*', 'matter.created'], 'matter.created')).toBe(true);
    expect(matchesAnyEventType(['vote.*'], 'matter.created')).toBe(false);
    expect(matchesAnyEventType([], 'matter.created')).toBe(false);
  });

  it('validates patterns', () => {
    expect(isValidEventTypePattern('matter.*')).toBe(true);
    expect(isValidEventTypePattern('*')).toBe(true);
    expect(isValidEventTypePattern('matter..created')).toBe(false);
    expect(isValidEventTypePattern('matter created')).toBe(false);
    expect(isValidEventTypePattern('')).toBe(false);
  });
});
