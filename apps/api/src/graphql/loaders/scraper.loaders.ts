import type { RawDocumentQueryService } from '@app/scraper';
import DataLoader from 'dataloader';

export function createScraperLoaders(raw: RawDocumentQueryService) {
  return {
    rawDocumentById: new DataLoader<string, unknown>(async (ids) => {
      const docs = await raw.readJson([...ids]);
      return ids.map((id) => docs.get(id)?.json ?? null);
    }),
  };
}
