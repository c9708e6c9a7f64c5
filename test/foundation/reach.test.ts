import { describe, expect, it } from 'vitest';
import { entities } from '../../server/src/domain/entities';
import { reachOf } from '../../server/src/domain/reach';

// The session scopes every read by the entity's declared reach: a table added without one would be
// unreadable through it (reachOf throws), and this names it before any request does.
describe('every table declares who reaches its rows', () => {
  it.each(entities.map((entity) => [entity.name, entity] as const))('%s has a @Reach', (_name, entity) => {
    expect(() => reachOf(entity)).not.toThrow();
  });

  it('refuses an entity without a declaration', () => {
    class Undeclared {}
    expect(() => reachOf(Undeclared)).toThrow(/declares no @Reach/);
  });
});
