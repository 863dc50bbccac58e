import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { Clock } from './clock';
import { AppConfig } from './config/app-config';
import { AdvisoryLockService } from './database/advisory-lock.service';
import { buildDataSourceOptions } from './database/data-source.options';
import { PGLITE_INSTANCE } from './database/database.tokens';
import { openPGlite } from './database/pglite-instance';
import { UnitOfWork } from './database/unit-of-work';
import { DatabaseHealth } from './database/database-health';
import { DataVersion } from './cache/data-version';
import { SecretBox } from './secrets/secret-box';
import { createSecretBox } from './secrets/secret-key';
import { OutboundPolicy } from './outbound/outbound-policy';

export interface CoreModuleOptions {
  /** Defaults to the validated process environment. */
  config?: AppConfig;
  /** An already open embedded database (tests); otherwise one is opened from the config. */
  pglite?: Promise<PGlite>;
  /** A TypeORM logger (tests count queries with one). */
  typeormLogger?: TypeOrmLogger;
  /** Fixed or simulated time (tests); defaults to the system clock. */
  now?: () => Date;
}

class PGliteCloser implements OnApplicationShutdown {
  constructor(
    @Inject(PGLITE_INSTANCE) private readonly db: PGlite | null,
    private readonly owned: boolean,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.owned && this.db && !this.db.closed) await this.db.close();
  }
}

@Global()
@Module({})
class CoreConfigModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    const config = options.config ?? AppConfig.fromProcessEnv();
    const pglite = config.database.kind === 'pglite' ? (options.pglite ?? openPGlite(config.database.dataDir)) : Promise.resolve(null);
    return {
      module: CoreConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: new Clock(options.now) },
        { provide: SecretBox, useFactory: () => createSecretBox(config) },
        { provide: OutboundPolicy, useValue: OutboundPolicy.fromConfig(config) },
        { provide: PGLITE_INSTANCE, useFactory: () => pglite },
        {
          provide: PGliteCloser,
          inject: [PGLITE_INSTANCE],
          useFactory: (db: PGlite | null) => new PGliteCloser(db, !options.pglite),
        },
      ],
      exports: [AppConfig, PGLITE_INSTANCE, Clock, OutboundPolicy, SecretBox],
    };
  }
}

/**
 * @description Configuration, the database connection (PostgreSQL or embedded PGlite), the unit of
 * work and the advisory lock. Imported once, by each app's root module.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions = {}): DynamicModule {
    const configModule = CoreConfigModule.forRoot(options);
    return {
      module: CoreModule,
      imports: [
        configModule,
        TypeOrmModule.forRootAsync({
          inject: [AppConfig, PGLITE_INSTANCE],
          useFactory: (config: AppConfig, db: PGlite | null) => ({
            ...buildDataSourceOptions(config.database, { pglite: db ? Promise.resolve(db) : undefined }),
            autoLoadEntities: true,
            ...(options.typeormLogger ? { logger: options.typeormLogger, logging: ['query' as const] } : {}),
          }),
        }),
      ],
      providers: [UnitOfWork, AdvisoryLockService, DatabaseHealth, DataVersion],
      exports: [configModule, UnitOfWork, AdvisoryLockService, DatabaseHealth, DataVersion],
    };
  }
}
