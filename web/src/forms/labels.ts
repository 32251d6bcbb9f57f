// What each record form calls its fields and how it names a code's value: one definition for the form, its history
// and its conflict notice (i18n keys; the messages are in i18n/*.json).

/** The record types that have a form. */
export type FormRecordType = 'Investment' | 'Deal' | 'Tenancy';

const PROVENANCE = 'recordForm.provenance';

/** The label (i18n key) of each field, by the name the record's input gives it. */
export const FIELD_LABELS: Record<FormRecordType, Record<string, string>> = {
  Investment: {
    organization: 'dashboard.table.organization',
    park: 'dashboard.table.park',
    sector: 'dashboard.table.sector',
    stage: 'dashboard.table.stage',
    amount: 'dashboard.table.amount',
    announcedOn: 'dashboard.table.announced',
    expectedJobs: 'detail.jobs',
    expectedAnnualOutput: 'edit.expectedOutput',
    verification: PROVENANCE,
  },
  Deal: {
    kind: 'deals.kind',
    titleZh: 'edit.titleZh',
    titleEn: 'edit.titleEn',
    titleRu: 'edit.titleRu',
    signedOn: 'deals.signedOn',
    park: 'dashboard.table.park',
    event: 'edit.event',
    parties: 'deals.parties',
    unnamedPartyCount: 'edit.unnamed',
    value: 'deals.value',
    verification: PROVENANCE,
  },
  Tenancy: {
    organization: 'edit.tenant',
    park: 'dashboard.table.park',
    status: 'edit.status',
    signedOn: 'deals.signedOn',
    movedInOn: 'edit.movedInOn',
    exitedOn: 'edit.exitedOn',
    leasedAreaM2: 'edit.leasedArea',
    verification: PROVENANCE,
  },
};

/** The message group of each code-valued field (`stage` → `stage.LEAD`). */
export const CODE_LABELS: Record<FormRecordType, Record<string, string>> = {
  Investment: { stage: 'stage', verification: 'verification' },
  Deal: { kind: 'dealKind', verification: 'verification', parties: 'partyRole' },
  Tenancy: { status: 'tenancyStatus', verification: 'verification' },
};

const isFormType = (type: string): type is FormRecordType => type in FIELD_LABELS;

/** A field's label key; null for a record type or field no form shows. */
export function fieldLabel(recordType: string, field: string): string | null {
  return isFormType(recordType) ? (FIELD_LABELS[recordType][field] ?? null) : null;
}

/** The key of a code's label (`stage.SIGNED`); null when the field's codes have no labels. */
export function codeLabel(recordType: string, field: string, code: string): string | null {
  const group = isFormType(recordType) ? CODE_LABELS[recordType][field] : undefined;
  return group ? `${group}.${code}` : null;
}
