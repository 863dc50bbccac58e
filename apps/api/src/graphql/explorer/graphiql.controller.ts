import { AppConfig } from '@app/core';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { graphiqlAssetFile, graphiqlInstalled, graphiqlPage, PAGE_STYLE, START_SCRIPT } from './graphiql.assets';

/**
 * GraphiQL allows inline styles (React sets them) and data: icons from its stylesheet; scripts still
 * come only from this server.
 */
const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The GraphQL explorer, in development only (NODE_ENV=development); production answers 404. */
@Controller('graphiql')
export class GraphiqlController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  page(@Res() res: Response): void {
    this.assertAvailable();
    res
      .status(200)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': EXPLORER_CSP, 'Cache-Control': 'no-store' })
      .send(graphiqlPage());
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    this.assertAvailable();
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (file === 'start.js')
      return void res
        .status(200)
        .set({ ...headers, 'Content-Type': 'text/javascript; charset=utf-8' })
        .send(START_SCRIPT);
    if (file === 'page.css')
      return void res
        .status(200)
        .set({ ...headers, 'Content-Type': 'text/css; charset=utf-8' })
        .send(PAGE_STYLE);
    const path = graphiqlAssetFile(file);
    if (!path) throw new NotFoundException();
    res
      .status(200)
      .set({ ...headers, 'Content-Type': file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8' })
      .sendFile(path);
  }

  private assertAvailable(): void {
    if (!this.config.development) throw new NotFoundException();
    if (!graphiqlInstalled())
      throw new NotFoundException('The explorer needs the devDependencies graphiql, react and react-dom: run "npm ci".');
  }
}
