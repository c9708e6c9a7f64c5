import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { formatError } from '../../server/src/graphql/format-error';
import { badInput, notFound } from '../../server/src/shared/errors';
import { inLanguage } from '../../server/src/shared/language';

describe('errors a client sees', () => {
  it('masks an unexpected error: no SQL, no stack, one generic code', () => {
    const sqlError = new GraphQLError('ER_DUP_ENTRY: Duplicate entry for key participant.IDX_x', { originalError: new Error('INSERT INTO `participant` …') });
    const shown = formatError({ message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at query (mysql2)'] } }, sqlError);
    expect(shown).toEqual({ message: 'Lỗi máy chủ', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes coded errors through with their extensions, minus any stack', () => {
    const error = badInput('phone', 'rules.phone');
    const shown = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error);
    expect(shown).toEqual({
      message: 'Điện thoại phải là số Việt Nam: 0 hoặc +84, tiếp theo là 9 hoặc 10 chữ số',
      extensions: { code: 'BAD_USER_INPUT', field: 'phone', messageKey: 'rules.phone', params: {} },
    });
    const missing = notFound('Participant', 7);
    expect(missing.message).toBe('Không tìm thấy người tham gia');
    expect(formatError({ message: missing.message, extensions: missing.extensions }, missing).extensions).toEqual({
      code: 'NOT_FOUND',
      entity: 'Participant',
      id: 7,
      messageKey: 'errors.notFound',
      params: { entity: 'Participant' },
    });
  });

  it('words a message in English inside a request that asks for it, with the same code, field and parameters', () => {
    const [vi, en] = (['vi', 'en'] as const).map((language) => inLanguage(language, () => badInput('birthYear', 'rules.yearRange', { min: 1920, max: 2011 })));
    expect([vi.message, en.message]).toEqual(['Năm sinh phải từ 1920 đến 2011', 'Birth year must be between 1920 and 2011']);
    expect(en.extensions).toEqual(vi.extensions);
  });
});
