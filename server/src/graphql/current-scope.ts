import { createParameterDecorator } from 'type-graphql';
import type { RequestContext } from './context';
import type { Scope } from '../tenancy/scope';

/** Resolvers reach the caller's scope through this typed parameter, not by digging in the context. */
export function CurrentScope() {
  return createParameterDecorator<RequestContext>(({ context }): Scope => context.scope);
}
