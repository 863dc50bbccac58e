import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AdvisoryLock } from './advisory-lock';

/** @description The process-wide advisory lock (see AdvisoryLock), as a Nest provider. */
@Injectable()
export class AdvisoryLockService extends AdvisoryLock {
  constructor(@InjectDataSource() dataSource: DataSource, @Inject(AppConfig) config: AppConfig) {
    super(dataSource, config.database.kind === 'pglite');
  }
}
