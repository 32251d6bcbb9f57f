import type { NodeResolvers, ProvenancedResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { typeNameOf } from '../node.service.js';

/** The Node types that carry provenance, as the generated resolver types list them. */
type ProvenancedTypeName = NonNullable<Awaited<ReturnType<ProvenancedResolvers['__resolveType']>>>;

export const Node: NodeResolvers = {
  __resolveType: (obj) => typeNameOf(obj),
};

export const Provenanced: ProvenancedResolvers = {
  // A Provenanced parent is a record of one of those types (the schema says which implement the interface).
  __resolveType: (obj) => typeNameOf(obj) as ProvenancedTypeName,
};

export const NodeQuery: QueryResolvers = {
  node: (_root, { id }, ctx) => ctx.services.nodes.resolve(id),
  nodes: (_root, { ids }, ctx) => ctx.services.nodes.resolveMany(ids),
};
