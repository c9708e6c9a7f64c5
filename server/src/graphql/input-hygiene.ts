import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { ErrorCode } from '../shared/errors';

/** A UTF-16 surrogate without its partner: not a character, and no database can store it faithfully. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The dotted path of the first string in `value` that is not valid Unicode, or null. */
export function invalidUnicodeAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = invalidUnicodeAt(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * JSON can carry lone surrogates ("\ud800") that the GraphQL String type lets through; stored, they would
 * silently become U+FFFD (MariaDB) or garbage (SQLite). Variables holding one are refused as
 * BAD_USER_INPUT before anything runs; string literals in the document are already refused by the parser.
 */
export const inputHygienePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const field = invalidUnicodeAt(request.variables ?? {}, '');
        if (field) {
          throw new GraphQLError(`${field}: the text is not valid Unicode (a lone surrogate)`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } },
          });
        }
      },
    };
  },
};
