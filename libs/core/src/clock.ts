import { Injectable } from '@nestjs/common';

/** @description The current time, injectable so "upcoming" and "next step" can be tested at any date. */
@Injectable()
export class Clock {
  constructor(private readonly source: () => Date = () => new Date()) {}

  now(): Date {
    return this.source();
  }
}
