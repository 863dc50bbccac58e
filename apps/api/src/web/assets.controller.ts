import { Controller, Get, NotFoundException, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { findAsset } from './assets/assets';
import { WebErrorFilter } from './web-error.filter';

/** URLs carry a content hash, so a file never changes under its URL and can be cached for a year. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

@Controller('assets')
@UseFilters(WebErrorFilter)
export class AssetsController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    const asset = findAsset(file);
    if (!asset) throw new NotFoundException();
    res.status(200).set({ 'Content-Type': asset.contentType, 'Cache-Control': ASSET_CACHE_CONTROL }).send(asset.body);
  }
}
