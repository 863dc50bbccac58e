import { AppConfig } from '@app/core';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { RequestOperator } from '../auth/request-operator';

/** Probes and scrapers of the process itself: never limited (a load balancer asks often, from one address). */
const UNLIMITED_PATHS = new Set(['/health', '/metrics']);

/**
 * One bucket per client across every route: an operator API key (valid `Authorization: Bearer`)
 * by its key id with RATE_LIMIT_OPERATOR, anyone else by IP address with RATE_LIMIT_ANONYMOUS.
 * A GraphQL request counts once, not once per root field (Nest runs guards per resolver).
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  /** Each GraphQL request's verdict, so its every root field gets the same answer (a refused request runs none). */
  private readonly verdicts = new WeakMap<object, Promise<boolean>>();

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly config: AppConfig,
    private readonly operators: RequestOperator,
  ) {
    super(options, storage, reflector);
  }

  override canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return super.canActivate(context);
    const { req } = this.getRequestResponse(context);
    if (!req) return Promise.resolve(true);
    let verdict = this.verdicts.get(req);
    if (!verdict) {
      verdict = super.canActivate(context);
      this.verdicts.set(req, verdict);
    }
    return verdict;
  }

  /** Whether this GraphQL request reached a resolver, and so counted (one of only `__typename` is free). */
  countedGraphqlRequest(req: Request): boolean {
    return this.verdicts.has(req);
  }

  /**
   * The limit for an answer served from the response cache, which never reaches Nest's guards: the
   * same bucket, the same headers. False when the client is over its limit (the caller then lets
   * the request through the pipeline, which refuses it in its route's own form).
   */
  async admitCachedAnswer(req: Request, res: Response): Promise<boolean> {
    try {
      return await super.canActivate(new ExecutionContextHost([req, res], CachedAnswer, CachedAnswer.prototype.serve));
    } catch {
      return false;
    }
  }

  /** RATE_LIMIT_ANONYMOUS=0 turns the limit off for everyone. */
  get limiting(): boolean {
    return this.config.rateLimit.anonymous !== 0;
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (!this.limiting) return true;
    const { req } = this.getRequestResponse(context);
    return !req || (context.getType<string>() !== 'graphql' && UNLIMITED_PATHS.has(req.path));
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { req } = this.getRequestResponse(props.context);
    const operator = await this.operators.of(req);
    const limit = operator ? this.config.rateLimit.operator : this.config.rateLimit.anonymous;
    return super.handleRequest({ ...props, limit });
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const operator = await this.operators.of(req);
    return operator ? `key:${operator.keyId}` : `ip:${await super.getTracker(req)}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<string>() === 'graphql') {
      const req = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
      return { req, res: req?.res as Response };
    }
    return super.getRequestResponse(context) as { req: Request; res: Response };
  }
}

/** Stands in for the controller and handler of a cached answer: the throttler reads their (absent) metadata. */
class CachedAnswer {
  serve(): void {}
}
