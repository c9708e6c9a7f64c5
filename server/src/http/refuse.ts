import type { Response } from 'express';
import type { GraphQLError } from 'graphql';

/**
 * Answers a request refused before GraphQL saw it in GraphQL's own shape (`{ errors: [...] }` with
 * `extensions.code`), so clients handle every refusal the same way.
 */
export function refuse(res: Response, status: number, error: GraphQLError): void {
  const counter = res.locals.sql as { statements: number } | undefined;
  if (counter) res.setHeader('x-sql-statements', String(counter.statements));
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}
