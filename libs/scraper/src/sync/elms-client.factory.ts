import { AppConfig, OutboundPolicy } from '@app/core';
import { Logger } from '@nestjs/common';
import { ElmsClient, SourceFetcher } from '../elms';

/** The routine poll pages small (it usually stops on its first page); sweeps and backfills page large. */
export interface ElmsClients {
  fetcher: SourceFetcher;
  poll: ElmsClient;
  bulk: ElmsClient;
}

export const ELMS_CLIENTS = Symbol('ELMS_CLIENTS');

export function createElmsClients(config: AppConfig, sourcePolicy: OutboundPolicy): ElmsClients {
  const c = config.elms;
  const logger = new Logger('SourceFetcher');
  const fetcher = new SourceFetcher({
    baseUrl: c.baseUrl,
    userAgent: c.userAgent,
    requestsPerSecond: c.requestsPerSecond,
    timeoutMs: c.timeoutMs,
    maxRetries: c.maxRetries,
    backoffBaseMs: c.backoffBaseMs,
    logger: { warn: (msg: string) => logger.warn(msg), debug: (msg: string) => logger.debug(msg) },
    sourcePolicy,
  });
  return {
    fetcher,
    poll: new ElmsClient(fetcher, { pageSize: c.pollPageSize }),
    bulk: new ElmsClient(fetcher, { pageSize: c.pageSize }),
  };
}
