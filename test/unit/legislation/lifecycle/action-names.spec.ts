import { ACTION_NAMES, StepType, classifyActionName, normalizeActionName } from '../../../../libs/legislation/src/lifecycle';

// The names the eLMS notes list (opencivicdata chicago/bills.py ACTION, the workflow names it drops, and the variants named in the brief).
const NOTES_NAMES = [
  'Introduce',
  'Introduced',
  'Direct Introduction',
  'Introduced (Agreed Calendar)',
  'Rules Suspended - Immediate Consideration',
  'Immediate Consideration',
  'Refer',
  'Referred',
  'Re-Referred',
  'Recommended for Re-Referral',
  'Substituted in Committee',
  'Single Substitute',
  'Substituted-Aggregated',
  'Substituted',
  'Amended in Committee',
  'Amended',
  'Amended in City Council',
  'Withdrawn',
  'Remove Co-Sponsor(s)',
  'Add Co-Sponsor(s)',
  'Journaled',
  'Committee Discharged',
  'Held in Committee',
  'Recommend Do Not Pass',
  'Recommended Do Not Pass',
  'Recommend to Pass',
  'Recommended to Pass',
  'Recommended to Pass as Amended',
  'Do Pass as Amended',
  'Deferred and Published',
  'Failed to Pass',
  'Passed as Amended',
  'Adopted',
  'Approved',
  'Passed',
  'Approved as Amended',
  'Passed as Substitute',
  'Adopted as Substitute',
  'Placed on File',
  'Tabled',
  'Vetoed',
  'Override',
  'Veto Overridden',
  'Published in Special Pamphlet',
  'Signed by Mayor',
  'Repealed',
  'Create',
  'Submit',
  'Accept',
  'Post to Public',
];

describe('action-name table', () => {
  it('covers every name in the notes', () => {
    for (const name of NOTES_NAMES) expect([name, classifyActionName(name)?.name]).toEqual([name, name]);
  });

  it('has no two rows for the same normalised name', () => {
    const keys = ACTION_NAMES.map((e) => normalizeActionName(e.name));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('classifies every row to itself, ignoring case and whitespace but not wording', () => {
    for (const e of ACTION_NAMES) {
      expect(classifyActionName(e.name)).toBe(e);
      expect(classifyActionName(`  ${e.name.toUpperCase().replace(/ /g, '  ')} `)).toBe(e);
    }
    expect(classifyActionName('Rules Suspended-Immediate Consideration')?.type).toBe(StepType.OTHER);
    expect(classifyActionName('Passed as Amended')?.name).toBe('Passed as Amended');
    expect(classifyActionName('Passed somehow')).toBeNull();
    expect(classifyActionName(null)).toBeNull();
  });

  it('types the decisive names', () => {
    const t = (n: string) => classifyActionName(n);
    expect(t('Recommended to Pass')).toMatchObject({ type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'PASS' });
    expect(t('Do Pass as Amended')).toMatchObject({ type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'PASS_AS_AMENDED' });
    expect(t('Recommend Do Not Pass')).toMatchObject({ recommendation: 'DO_NOT_PASS' });
    expect(t('Held in Committee')).toMatchObject({ recommendation: 'HELD' });
    expect(t('Failed to Pass')).toMatchObject({ type: StepType.FAILED, result: 'FAILED' });
    expect(t('Passed as Substitute')).toMatchObject({ type: StepType.PASSED, result: 'PASSED' });
    expect(t('Veto Overridden')).toMatchObject({ type: StepType.OVERRIDE, result: 'OVERRIDDEN' });
    expect(t('Post to Public')).toMatchObject({ type: StepType.WORKFLOW, workflow: true });
    expect(ACTION_NAMES.filter((e) => e.workflow).map((e) => e.name)).toEqual(['Create', 'Submit', 'Accept', 'Post to Public']);
  });
});
