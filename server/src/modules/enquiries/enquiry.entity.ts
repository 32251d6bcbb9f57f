import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Officer } from '../access/access.entities.js';
import { moneyProps, measure } from '../common/record.props.js';
import { Investment } from '../investments/investment.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Sector } from '../sectors/sector.entity.js';

export const ENQUIRY_STATUSES = ['NEW', 'CONTACTED', 'CONVERTED', 'DECLINED'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
export const ENQUIRY_LANGUAGES = ['ZH', 'EN', 'RU'] as const;
export type EnquiryLanguage = (typeof ENQUIRY_LANGUAGES)[number];

/**
 * A prospective tenant's enquiry from the public site, read by officers only (no public list, statistic or change
 * feed shows it). Its contact details are erased after the retention period; the rest stays for the pipeline.
 */
export const Enquiry = defineEntity({
  name: 'Enquiry',
  indexes: [{ properties: ['status', 'id'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    /** What the enquirer was told (ENQ-XXXXXXXX), random so references say nothing of how many there are. */
    reference: p.string().length(16).unique(),
    /** The form token's nonce: one form sends one enquiry (a repeat answers the first one's reference). */
    formNonce: p.string().length(32).unique(),
    company: p.string().length(200),
    country: p.string().length(2),
    sector: () => p.manyToOne(Sector).ref(),
    landMu: measure(),
    ...moneyProps('planned'),
    contactName: p.string().length(120).nullable(),
    email: p.string().length(200).nullable(),
    phone: p.string().length(40).nullable(),
    message: p.text().nullable(),
    /** The parks concerned, by id, in the order given. */
    parkIds: p.json<number[]>(),
    consent: p.boolean(),
    language: p.enum([...ENQUIRY_LANGUAGES]).$type<EnquiryLanguage>(),
    receivedAt: p.datetime().index(),
    /** When the contact details were erased (retention); null while kept. */
    erasedAt: p.datetime().nullable(),
    status: p.enum([...ENQUIRY_STATUSES]).$type<EnquiryStatus>(),
    handledBy: () => p.manyToOne(Officer).ref().nullable().deleteRule('set null'),
    notes: p.text().nullable(),
    organization: () => p.manyToOne(Organization).ref().nullable().deleteRule('set null'),
    investment: () => p.manyToOne(Investment).ref().nullable().deleteRule('set null'),
    version: p.integer().version(),
  },
});
export type EnquiryEntity = InferEntity<typeof Enquiry>;
