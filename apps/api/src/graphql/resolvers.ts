import { HealthResolver } from './health/health.resolver';
import { MatterActionResolver, MatterResolver } from './legislation/matter.resolver';
import { ScrapeRunResolver } from './scraper/scrape-run.resolver';

/** Every resolver of the public schema; also what `schema:generate` prints. */
export const RESOLVERS = [MatterResolver, MatterActionResolver, ScrapeRunResolver, HealthResolver];
