import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';

/** PostgreSQL text cannot hold U+0000: a NUL that reached a query would fail there, as a 500. */
const NUL = '\u0000';

function variableWithNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = variableWithNul(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = variableWithNul(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

function literalWithNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function refuse(where: string): GraphQLError {
  return new GraphQLError(`${where} contains a NUL character (U+0000), which no argument accepts`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/**
 * Refuses, before anything runs, an operation whose string literals or variables hold a NUL: one
 * check for every argument of every resolver (filters, record numbers, cursors, inputs) instead of
 * one per field, and nothing reaches the database that it would refuse with an error.
 */
export function nulInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variable = variableWithNul(request.variables ?? {}, '$');
          if (variable) throw refuse(`Variable ${variable.replace(/^\$\./, '$')}`);
          if (literalWithNul(document)) throw refuse('A string in the query');
        },
      };
    },
  };
}
