import type { NodeResolvers, ProvenancedResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { typeNameOf } from '../node.service.js';

export const Node: NodeResolvers = {
  __resolveType: (obj) => typeNameOf(obj) as never,
};

export const Provenanced: ProvenancedResolvers = {
  __resolveType: (obj) => typeNameOf(obj) as never,
};

export const NodeQuery: QueryResolvers = {
  node: (_root, { id }, ctx) => ctx.services.nodes.resolve(id) as never,
  nodes: (_root, { ids }, ctx) => ctx.services.nodes.resolveMany(ids) as never,
};
