// Selections many test documents share (codegen appends a fragment to every document that spreads it).
import { graphql } from '../__generated__/gql.js';

/** What a test needs to walk a list page by page, both ways. */
export const Walk_pageInfo = graphql(`
  fragment Walk_pageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);
