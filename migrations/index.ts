import { InitialSchema1764050000000 } from './1764050000000-InitialSchema';
import { TrackingAndApiKeys1764060000000 } from './1764060000000-TrackingAndApiKeys';
import { SeedWelcomingCityTracking1764060000001 } from './1764060000001-SeedWelcomingCityTracking';
import { MatterStage1764070000000 } from './1764070000000-MatterStage';
import { MatterRelationsIndex1764070000001 } from './1764070000001-MatterRelationsIndex';
import { OutboxAndWebhooks1764080000000 } from './1764080000000-OutboxAndWebhooks';
import { CodeBaselineAndAmendments1764090000000 } from './1764090000000-CodeBaselineAndAmendments';
import { JobFencing1764100300000 } from './1764100300000-JobFencing';
import { Quarantine1764110000000 } from './1764110000000-Quarantine';
import { DataVersion1764204000000 } from './1764204000000-DataVersion';

/** Every migration, in order. Passed explicitly so jest (TypeScript) and dist (JavaScript) load the same list. */
export const MIGRATIONS = [
  InitialSchema1764050000000,
  TrackingAndApiKeys1764060000000,
  SeedWelcomingCityTracking1764060000001,
  MatterStage1764070000000,
  MatterRelationsIndex1764070000001,
  OutboxAndWebhooks1764080000000,
  CodeBaselineAndAmendments1764090000000,
  JobFencing1764100300000,
  Quarantine1764110000000,
  DataVersion1764204000000,
];
