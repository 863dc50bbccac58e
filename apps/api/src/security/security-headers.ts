import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

/**
 * helmet's headers on every response (nosniff, HSTS, frame and opener policies, no X-Powered-By),
 * with a CSP that allows nothing: GraphQL answers JSON and the feeds XML or iCalendar, none of
 * which should ever run or load anything. Web pages and the development explorer set their own,
 * wider policy on their responses (apps/api/src/web/security-headers.middleware.ts).
 */
export function applySecurityHeaders(app: INestApplication, trustProxy: string | number | boolean | null): void {
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  if (trustProxy !== null) express.set('trust proxy', trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
}
