import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { SecurityModule } from '../security/security.module';
import { CacheHitsFirst } from './cache-hits-first';
import { ResponseCacheMiddleware } from './response-cache.middleware';
import { ResponseCache } from './response-cache.service';

/** The response cache, ahead of every route (it decides itself what it may answer). */
@Module({
  imports: [SecurityModule],
  providers: [ResponseCache, ResponseCacheMiddleware, CacheHitsFirst],
  exports: [ResponseCache, CacheHitsFirst],
})
export class ResponseCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ResponseCacheMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
