import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export async function gql<T = any>(app: INestApplication, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  const res = await request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });
  return { status: res.status, data: res.body.data, errors: res.body.errors };
}

/** The same request with an operator API key (`Authorization: Bearer trk_…`). */
export async function gqlAsOperator<T = any>(
  app: INestApplication,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<T>> {
  const res = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${key}`).send({ query, variables });
  return { status: res.status, data: res.body.data, errors: res.body.errors };
}
