import type { CitationResolvers, SourceResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRequired } from '../../common/refs.js';
import { globalIdOf } from '../../nodes/node.service.js';
import { toGlobalId } from '../../../graphql/global-id.js';

export const Source: SourceResolvers = {
  id: (s) => globalIdOf(s),
  publisher: (s) => ({ zh: s.publisherZh, en: s.publisherEn }),
};

export const Citation: CitationResolvers = {
  id: (c) => toGlobalId('Citation', c.id),
  source: (c) => loadRequired(c.source),
};
