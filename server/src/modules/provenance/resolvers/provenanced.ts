import type { Context } from '../../../context.js';
import { globalIdOf } from '../../nodes/node.service.js';

/** The fields every provenanced Node type resolves the same way: its global ID and its quotes. */
export function provenancedFields(typeName: string) {
  return {
    id: (record: object) => globalIdOf(record),
    sources: (record: { id: number }, _args: unknown, ctx: Context) => ctx.services.provenance.citationsOf(typeName, record.id),
  };
}
