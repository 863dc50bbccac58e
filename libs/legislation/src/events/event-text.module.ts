import { EventText } from '@app/core';
import { Global, Module } from '@nestjs/common';
import { LegislationEventText } from './event-text';

/**
 * Provides core's `EventText` port with legislation's wording, globally: deliverers that must not depend on
 * legislation (webhooks) inject the port, and whichever app composes them imports this module.
 */
@Global()
@Module({ providers: [{ provide: EventText, useClass: LegislationEventText }], exports: [EventText] })
export class LegislationEventTextModule {}
