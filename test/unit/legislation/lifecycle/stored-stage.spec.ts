import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Stage } from '@app/legislation';
import { STAGE_RULES_VERSION, storedStage, type StoredStageColumns } from '../../../../libs/legislation/src/lifecycle';

const LIFECYCLE_DIR = path.join(__dirname, '../../../../libs/legislation/src/lifecycle');

/** The rules' source, line endings normalised: what STAGE_RULES_VERSION stands for. */
function rulesFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(LIFECYCLE_DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'stored-stage.ts' && f !== 'index.ts')
    .sort()) {
    hash.update(name);
    hash.update(readFileSync(path.join(LIFECYCLE_DIR, name), 'utf8').replace(/\r\n/g, '\n'));
  }
  return hash.digest('hex').slice(0, 16);
}

describe('storedStage', () => {
  const NOW = new Date('2025-01-10T18:00:00Z');
  const MEETING = new Date('2025-01-15T16:00:00Z');
  const fresh: StoredStageColumns = {
    stage: Stage.ON_AGENDA,
    stageSince: null,
    stageCommittees: null,
    stageHoldsUntil: MEETING,
    stageRules: STAGE_RULES_VERSION,
  };

  it('serves a stage derived under these rules until the meeting it waits on', () => {
    expect(storedStage(fresh, NOW)).toEqual({ stage: Stage.ON_AGENDA, since: null, committee: null, nextMeetingDate: MEETING });
    expect(storedStage({ ...fresh, stageHoldsUntil: null }, NOW)).toMatchObject({ stage: Stage.ON_AGENDA });
  });

  it('serves nothing once the meeting has come, after a write marked it stale, or under other rules', () => {
    expect(storedStage(fresh, MEETING)).toBeNull();
    expect(storedStage({ ...fresh, stageRules: null }, NOW)).toBeNull();
    expect(storedStage({ ...fresh, stageRules: STAGE_RULES_VERSION - 1 }, NOW)).toBeNull();
    expect(storedStage({ ...fresh, stage: null }, NOW)).toBeNull();
  });

  // Stored stages derived under older rules are not served (and the nightly sweep re-derives them) only if
  // the version moves with the rules. When this fails: if what buildTimeline or deriveStage return changed,
  // bump STAGE_RULES_VERSION; either way record the new fingerprint here.
  it('STAGE_RULES_VERSION moves with the lifecycle rules', () => {
    expect({ version: STAGE_RULES_VERSION, fingerprint: rulesFingerprint() }).toEqual({ version: 1, fingerprint: 'd59a8e75c3b0a762' });
  });
});
