import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';

/**
 * Money is whole Vietnamese đồng. JavaScript numbers are exact up to 2^53-1 (about 9 triệu tỷ đồng),
 * far above any programme budget, so a safe integer is the in-memory form and BIGINT the stored one.
 */
export const MAX_VND = Number.MAX_SAFE_INTEGER;

export function isMoney(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function toMoney(value: unknown): number {
  const parsed = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (!isMoney(parsed)) {
    // graphql-js names the input field only in its own message: format-error.ts words it in the caller's language.
    throw new GraphQLError('Money must be a whole number of đồng between 0 and 9007199254740991', {
      extensions: { code: 'BAD_USER_INPUT', messageKey: 'rules.money' },
    });
  }
  return parsed;
}

/** GraphQL scalar for whole VND: accepts a number or a digit string, always answers a JSON number. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'Whole Vietnamese đồng (VND), an integer from 0 to 9007199254740991. Never a fraction.',
  serialize: toMoney,
  parseValue: toMoney,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return toMoney(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Money must be an integer literal or a digit string', { extensions: { code: 'BAD_USER_INPUT', messageKey: 'rules.money' } });
  },
});

/** mysql2 hands BIGINT back as a string; SQLite as a number. Both become a safe integer here. */
export const moneyTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
