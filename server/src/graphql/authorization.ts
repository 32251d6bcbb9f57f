// The @requires(role:) directive: enforced around the field's resolver before it runs, and written into the
// field's description so the published SDL and the explorer say who may call what. Mutations are denied by
// default: the schema does not build if one lacks the directive.
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import type { Role } from '../domain/vocabulary.js';
import { requireRole } from '../modules/access/actor.js';

/** Every field carrying @requires, as "Type.field" → role (the authorization walk in the tests uses it). */
export function requiredRoles(schema: GraphQLSchema): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || !type.astNode) continue;
    for (const field of Object.values(type.getFields())) {
      const role = (getDirective(schema, field, 'requires')?.[0] as { role?: Role } | undefined)?.role;
      if (role) roles.set(`${type.name}.${field.name}`, role);
    }
  }
  return roles;
}

export function applyAuthorization(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const role = (getDirective(schema, field, 'requires')?.[0] as { role?: Role } | undefined)?.role;
      if (!role) {
        if (typeName === 'Mutation') throw new Error(`Mutation.${fieldName} has no @requires(role:): every mutation must say who may call it`);
        return field;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const { subscribe } = field;
      const note = role === 'ANONYMOUS' ? 'Open to every caller.' : `Requires the ${role} role or a stronger one.`;
      return {
        ...field,
        description: `${field.description ?? ''}\n\n${note}`.trim(),
        resolve: (source, args, ctx: Context, info) => {
          requireRole(ctx.actor, role);
          return resolve(source, args, ctx, info);
        },
        // A subscription is refused when it starts, not only at each event.
        ...(subscribe && {
          subscribe: (source: unknown, args: Record<string, unknown>, ctx: Context, info: Parameters<typeof subscribe>[3]) => {
            requireRole(ctx.actor, role);
            return subscribe(source, args, ctx, info);
          },
        }),
      };
    },
  });
}
