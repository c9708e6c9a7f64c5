import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { PUBLIC_CODES, databaseFailure } from '../shared/errors';
import { logger } from '../logger';
import { render, renderViolation, type MessageParams } from '../shared/messages';
import { violationIn } from './rule-validator';

/**
 * What a client sees of an error: coded errors pass (with the failing field for validation), and
 * everything else is masked as INTERNAL_SERVER_ERROR — no stack, no SQL — and logged in full.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  if (code === 'BAD_USER_INPUT' && Array.isArray(original?.extensions?.validationErrors)) {
    const failures = flatten(original.extensions.validationErrors as ValidationError[]);
    const first = failures[0];
    if (!first) return { message: formatted.message, path: formatted.path, extensions: { code } };
    return {
      message: first.message,
      path: formatted.path,
      extensions: { code, field: first.field, messageKey: first.messageKey, params: first.params, fields: failures },
    };
  }
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.messageKey === 'rules.money') return moneyRefusal(formatted);
  if (code === 'UNAUTHORIZED') return { message: formatted.message, path: formatted.path, extensions: { code: 'FORBIDDEN' } };
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const unavailable = databaseFailure(original) ?? databaseFailure(error);
  if (unavailable) {
    // Expected during an outage or past the statement limit: a coded, retryable answer (outage-plugin.ts makes the HTTP status 503).
    logger.warn({ err: original ?? error, path: formatted.path }, 'database unavailable');
    return { message: unavailable.message, path: formatted.path, extensions: unavailable.extensions };
  }
  logger.error({ err: original ?? error, path: formatted.path }, 'unexpected error in a GraphQL request');
  return { message: render('errors.internal'), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * A value the Money scalar refused: graphql-js names the field only inside its English message
 * ('Variable "$input" got invalid value -5 at "input.centralAmount"; …'), so the field is read from there.
 */
function moneyRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const path = /at "([\w.[\]]+)"/.exec(formatted.message)?.[1];
  const field = path
    ? (path
        .replace(/\[\d+\]/g, '')
        .split('.')
        .pop() as string)
    : 'amount';
  const message = renderViolation({ field, code: 'money' });
  const failure = { field, message, messageKey: 'rules.money', params: {} };
  return { message, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', ...failure, fields: [failure] } };
}

interface FieldFailure {
  field: string;
  message: string;
  messageKey: string;
  params: MessageParams;
}

/**
 * class-validator nests errors of nested inputs; the client wants dotted paths such as "input.phone".
 * A shared rule's violation (graphql/rule-validator.ts) says exactly what is wrong; class-validator's own
 * checks, whose English text names internal fields, are said as "<label> is not valid".
 */
function flatten(errors: ValidationError[], prefix = ''): FieldFailure[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((text): FieldFailure => {
      const broken = violationIn(text) ?? { field, code: 'invalid' as const };
      const params = broken.params ?? {};
      return { field, message: renderViolation({ ...broken, field }), messageKey: `rules.${broken.code}`, params };
    });
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
