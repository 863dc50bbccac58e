import { Injectable } from '@nestjs/common';
import { RawDocumentRepository } from '../repositories/raw-document.repository';

/** @description Reads archived source documents back (decompressed JSON with fetch time and URL). */
@Injectable()
export class RawDocumentQueryService {
  constructor(private readonly raw: RawDocumentRepository) {}

  readJson(ids: string[]): Promise<Map<string, { json: unknown; fetchedAt: Date; url: string }>> {
    return this.raw.readJson(ids);
  }
}
