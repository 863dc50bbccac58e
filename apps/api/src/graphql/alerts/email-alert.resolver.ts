import { AlertDeliveryService, AlertSignupService } from '@app/alerts';
import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { OperatorGuard } from '../../auth/operator.guard';
import { AlertFrequency, AlertLanguage, EmailAlertMessage, EmailAlertSignup, SubscribeToEmailAlertsInput } from './email-alert.model';

/** E-mail alerts: anyone may sign up (double opt-in, rate limited); the delivery log is for operators. */
@Resolver()
export class EmailAlertResolver {
  constructor(
    private readonly signups: AlertSignupService,
    private readonly delivery: AlertDeliveryService,
  ) {}

  @Query(() => Boolean, { description: 'False when this server has no SMTP_URL: sign-ups are refused (ALERTS_DISABLED).' })
  emailAlertsEnabled(): boolean {
    return this.signups.enabled;
  }

  @Mutation(() => EmailAlertSignup, {
    description:
      'Asks for e-mail alerts; a confirmation message is sent and nothing else until its link is used. TOO_MANY_REQUESTS past the per-address or per-client limit.',
  })
  async subscribeToEmailAlerts(@Args('input') input: SubscribeToEmailAlertsInput, @Context('req') req: Request): Promise<EmailAlertSignup> {
    await this.signups.signUp({
      email: input.email,
      kind: input.kind,
      value: input.value,
      frequency: input.frequency ?? AlertFrequency.INSTANT,
      language: input.language ?? AlertLanguage.EN,
      client: req?.ip ?? 'unknown',
    });
    return { confirmationSent: true };
  }

  @Query(() => [EmailAlertMessage], { description: 'Alert messages, newest first (operators).' })
  @UseGuards(OperatorGuard)
  emailAlertLog(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<EmailAlertMessage[]> {
    return this.delivery.log(Math.min(Math.max(first, 1), 100));
  }
}
