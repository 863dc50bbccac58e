import { AppConfig, Clock } from '@app/core';
import { FeedQueryService, LegislationErrorCode, LegislationException } from '@app/legislation';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { buildChangesAtom } from './changes-atom';
import { buildMeetingsCalendar } from './meetings-calendar';

/** Meetings held up to this long ago stay in the calendars, so a subscriber still sees last month's vote. */
export const CALENDAR_PAST_DAYS = 90;
export const ATOM_ENTRIES = 50;
const CACHE_CONTROL = 'public, max-age=300';
const ICS_TYPE = 'text/calendar; charset=utf-8';
const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Subscribable feeds: calendars (RFC 5545) of the meetings where tracked matters, or one matter,
 * are on the agenda, with the public-comment deadline as an alarm; and an Atom feed of changes to
 * tracked matters. Plain HTTP beside GraphQL, cacheable for five minutes.
 */
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedQueryService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  @Get('tracked.ics')
  async trackedCalendar(@Res() res: Response): Promise<void> {
    const now = this.clock.now();
    const meetings = await this.feeds.meetingsWithTrackedMatters({ from: this.calendarFrom(now) });
    const body = buildMeetingsCalendar({
      name: 'Chicago legislation: tracked matters',
      description: 'City Council and committee meetings with tracked matters on the agenda',
      url: `${this.config.publicBaseUrl}/feeds/tracked.ics`,
      meetings,
      now,
    });
    this.send(res, ICS_TYPE, body);
  }

  @Get('matters/:recordNumber.ics')
  async matterCalendar(@Param('recordNumber') recordNumber: string, @Res() res: Response): Promise<void> {
    const now = this.clock.now();
    let meetings;
    try {
      meetings = await this.feeds.meetingsWithTrackedMatters({ recordNumber, from: this.calendarFrom(now) });
    } catch (e) {
      if (
        e instanceof LegislationException &&
        (e.code === LegislationErrorCode.MATTER_NOT_FOUND || e.code === LegislationErrorCode.INVALID_RECORD_NUMBER)
      ) {
        // A NotFoundException, not the domain exception: the global DomainExceptionFilter is GraphQL's and sends no HTTP response.
        throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: e.code, message: e.message });
      }
      throw e;
    }
    const n = recordNumber.trim().toUpperCase();
    const body = buildMeetingsCalendar({
      name: `Chicago legislation: ${n}`,
      description: `Meetings with ${n} on the agenda`,
      url: `${this.config.publicBaseUrl}/feeds/matters/${encodeURIComponent(n)}.ics`,
      meetings,
      now,
    });
    this.send(res, ICS_TYPE, body);
  }

  @Get('tracked.atom')
  async trackedAtom(@Res() res: Response): Promise<void> {
    const base = this.config.publicBaseUrl;
    const changes = await this.feeds.recentChangesToTrackedMatters(ATOM_ENTRIES);
    this.send(res, ATOM_TYPE, buildChangesAtom({ baseUrl: base, selfUrl: `${base}/feeds/tracked.atom`, changes, now: this.clock.now() }));
  }

  private calendarFrom(now: Date): Date {
    return new Date(now.getTime() - CALENDAR_PAST_DAYS * 24 * 60 * 60 * 1000);
  }

  private send(res: Response, contentType: string, body: string): void {
    res.status(200).set({ 'Content-Type': contentType, 'Cache-Control': CACHE_CONTROL }).send(body);
  }
}
