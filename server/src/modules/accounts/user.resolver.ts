import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import { District } from '../../domain/geography/district.entity';
import { User } from '../../domain/accounts/user.entity';
import { PROVINCE_ADMIN_ONLY } from '../../domain/accounts/caller';
import { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './user.inputs';
import { createUser, resetPassword, updateUser, userPage } from './user.service';

@ObjectType()
export class UserConnection extends ConnectionOf(User) {}

/** Accounts are the province administrator's to manage. */
@Resolver(() => User)
export class UserResolver {
  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Query(() => UserConnection, { description: 'The accounts of the province.' })
  users(@Args(() => PageArgs) page: PageArgs, @Ctx() { session }: RequestContext): Promise<Page<User>> {
    return userPage(session, page);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() { session }: RequestContext): Promise<User> {
    return createUser(session, input);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => User, { description: 'Changes name, role or district, or disables / enables the account.' })
  updateUser(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() { session }: RequestContext,
  ): Promise<User> {
    return updateUser(session, id, version, input);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => User)
  resetUserPassword(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() { session }: RequestContext,
  ): Promise<User> {
    return resetPassword(session, id, version, input);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() user: User, @Ctx() { session }: RequestContext): Promise<District | null> | null {
    return user.districtId === null ? null : session.loaders.district.load(user.districtId);
  }
}
