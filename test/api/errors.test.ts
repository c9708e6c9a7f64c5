import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { formatError } from '../../server/src/graphql/format-error';
import { badInput, notFound } from '../../server/src/shared/errors';

describe('errors a client sees', () => {
  it('masks an unexpected error: no SQL, no stack, one generic code', () => {
    const sqlError = new GraphQLError('ER_DUP_ENTRY: Duplicate entry for key participant.IDX_x', { originalError: new Error('INSERT INTO `participant` …') });
    const shown = formatError({ message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at query (mysql2)'] } }, sqlError);
    expect(shown).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes coded errors through with their extensions, minus any stack', () => {
    const error = badInput('phone', 'Not a Vietnamese phone number');
    const shown = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error);
    expect(shown).toEqual({ message: 'Not a Vietnamese phone number', extensions: { code: 'BAD_USER_INPUT', field: 'phone' } });
    const missing = notFound('Participant', 7);
    expect(formatError({ message: missing.message, extensions: missing.extensions }, missing).extensions).toEqual({ code: 'NOT_FOUND', entity: 'Participant', id: 7 });
  });
});
