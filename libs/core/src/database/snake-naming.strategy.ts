import { DefaultNamingStrategy, NamingStrategyInterface } from 'typeorm';

import { toSnakeCase as snake } from './snake-case.util';

/** snake_case columns, so raw SQL, psql and migrations need no quoting (house style §5). */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return customName ?? snake([...prefixes, propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
}
