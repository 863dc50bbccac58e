import { Query, Resolver } from '@nestjs/graphql';
import { HealthService } from '../../health/health.service';
import { Health } from './health.model';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Query(() => Health)
  health(): Promise<Health> {
    return this.healthService.report();
  }
}
