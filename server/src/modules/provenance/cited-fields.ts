// Quotes name the GraphQL fields they support; records and seeds name columns. This maps one to the other.

const RENAMED_FIELDS: Record<string, string> = {
  landAreaMu: 'landArea',
  parentSlug: 'parent',
  parentKey: 'parent',
  parkSlug: 'park',
  eventKey: 'event',
  organizationKey: 'organization',
  latitude: 'coordinates',
  longitude: 'coordinates',
};

/** A column or seed field name as the GraphQL field it feeds (nameZh → name, landAreaMu → landArea). */
export function graphqlFieldOf(seedField: string): string {
  return RENAMED_FIELDS[seedField] ?? seedField.replace(/(Zh|En)$/, '');
}
