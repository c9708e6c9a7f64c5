import type { Response } from 'express';
import type { GraphQLError } from 'graphql';

/** How a route family answers a request refused before its handler ran. */
export type Refusal = (res: Response, status: number, error: GraphQLError) => void;

/**
 * Answers a request refused before GraphQL saw it in GraphQL's own shape (`{ errors: [...] }` with
 * `extensions.code`), so clients handle every refusal the same way. The routes outside GraphQL refuse
 * through rest-errors.ts's refuseRest instead.
 */
export const refuse: Refusal = (res, status, error) => {
  const counter = res.locals.sql as { statements: number } | undefined;
  if (counter) res.setHeader('x-sql-statements', String(counter.statements));
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
};
