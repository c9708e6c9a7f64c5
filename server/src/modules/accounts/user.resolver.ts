import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import type { Scope } from '../../tenancy/scope';
import { District } from '../../domain/geography/district.entity';
import { Role, User } from '../../domain/accounts/user.entity';
import { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './user.inputs';
import { createUser, resetPassword, updateUser, userPage } from './user.service';

@ObjectType()
export class UserConnection extends ConnectionOf(User) {}

/** Accounts are the province administrator's to manage. */
@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.PROVINCE_ADMIN)
  @Query(() => UserConnection, { description: 'The accounts of the province.' })
  users(@Args(() => PageArgs) page: PageArgs, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Page<User>> {
    return userPage(db, scope, page);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<User> {
    return createUser(db, scope, input);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => User, { description: 'Changes name, role or district, or disables / enables the account.' })
  updateUser(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<User> {
    return updateUser(db, scope, id, version, input);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => User)
  resetUserPassword(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<User> {
    return resetPassword(db, scope, id, version, input);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() user: User, @Ctx() { loaders }: RequestContext): Promise<District | null> | null {
    return user.districtId === null ? null : loaders.district.load(user.districtId);
  }
}
