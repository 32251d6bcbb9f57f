// Example queries on the API page, one set per kind of user. Titles are interface text (i18n); what each root
// field does comes from the schema's own descriptions, so the page never drifts from the API.
export type Audience = 'officer' | 'tenant' | 'tool';

export interface ApiExample {
  id: string;
  audience: Audience;
  /** The Query field the example starts from; its schema description is shown beside it. */
  rootField: string;
  query: string;
}

export const API_EXAMPLES: ApiExample[] = [
  {
    id: 'deals-signed',
    audience: 'officer',
    rootField: 'deals',
    query: `{
  deals(first: 20) {
    totalCount
    nodes {
      title { zh en }
      kind
      signedOn
      verification
      park { name { zh en } }
      parties { role organization { name { zh en } country } }
      unnamedPartyCount
      sources { quote }
    }
  }
}`,
  },
  {
    id: 'dataset',
    audience: 'officer',
    rootField: 'dataset',
    query: `{
  dataset { includesDemoData verifiedRecords recordedRecords demoRecords }
}`,
  },
  {
    id: 'investments-by-quarter',
    audience: 'officer',
    rootField: 'investmentStats',
    query: `{
  investmentStats(groupBy: [QUARTER], compareTo: PREVIOUS_YEAR, currency: "CNY") {
    period { from to }
    previousPeriod { from to }
    rateDate
    rates { usdPerUnit validFrom approximate }
    totals { count valuedCount total }
    change { count countPercent total totalPercent }
    buckets {
      key { value label { zh en } }
      figures { count total average }
      previous { count total }
    }
  }
}`,
  },
  {
    id: 'park-figures',
    audience: 'tenant',
    rootField: 'parkStats',
    query: `{
  parkStats(first: 20, records: { in: [VERIFIED, RECORDED] }) {
    nodes {
      park { slug name { zh en } }
      figures { tenants leasedAreaM2 committedInvestments committedInvestment deals }
    }
  }
}`,
  },
  {
    id: 'park-profile',
    audience: 'tenant',
    rootField: 'park',
    query: `{
  park(slug: "sco-energy-valley") {
    name { zh en }
    status
    landArea { mu hectares }
    plannedInvestment { amount currency amountUsd usdRate { usdPerUnit validFrom approximate } }
    focusSectors { code name { zh en } }
    sources { quote fields source { publisher { zh } author eventDate } }
  }
}`,
  },
  {
    id: 'parks-side-by-side',
    audience: 'tenant',
    rootField: 'parks',
    query: `{
  parks(first: 20) {
    nodes {
      slug
      name { en }
      kind
      status
      landArea { mu }
      facilities { name { en } status }
      children { totalCount }
    }
  }
}`,
  },
  {
    id: 'paginate-investments',
    audience: 'tool',
    rootField: 'investments',
    query: `query Investments($after: String) {
  investments(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      verification
      stage
      announcedOn
      sector { code }
      amount { amount currency amountUsd }
      park { slug }
      organization { name { en } country }
    }
  }
}`,
  },
  {
    id: 'stats-for-bi',
    audience: 'tool',
    rootField: 'dealStats',
    query: `{
  dealStats(groupBy: [KIND, YEAR], period: { from: "2023-01-01", to: "2025-12-31" }) {
    currency
    totals { count parties total }
    buckets {
      key { dimension value label { en } }
      figures { count parties valuedCount total }
    }
  }
}`,
  },
  {
    id: 'node-by-id',
    audience: 'tool',
    rootField: 'nodes',
    query: `{
  organizations(first: 3) { nodes { id } }
  sectors { id code name { zh en } }
}`,
  },
];

/** A copy-and-paste curl command that POSTs `query` to the API at `origin`. */
export function curlCommand(origin: string, query: string): string {
  const body = JSON.stringify({ query: query.replace(/\s+/g, ' ').trim() }).replace(/'/g, `'\\''`);
  return `curl -s ${origin}/graphql -H 'content-type: application/json' --data '${body}'`;
}

/** A link that opens `query` in the self-hosted explorer (the query travels in the fragment). */
export function explorerLink(query: string): string {
  return `/graphql#query=${encodeURIComponent(query)}`;
}
