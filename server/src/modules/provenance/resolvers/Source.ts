import type { CitationResolvers, SourceResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRequired } from '../../common/refs.js';
import { globalIdOf } from '../../nodes/node.service.js';

export const Source: SourceResolvers = {
  id: (s) => globalIdOf(s),
  publisher: (s) => ({ zh: s.publisherZh, en: s.publisherEn }),
};

export const Citation: CitationResolvers = {
  source: (c) => loadRequired(c.source),
};
