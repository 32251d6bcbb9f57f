// One word for one thing: the labels the API and its exports use (server/src/domain/labels.ts) are the words the web
// shows for the same codes (web/src/i18n), in every language both have.
import { describe, expect, it } from 'vitest';
import {
  DEAL_KIND_LABELS,
  DEAL_PARTY_ROLE_LABELS,
  INVESTMENT_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  TENANCY_STATUS_LABELS,
  VERIFICATION_LABELS,
  type Label,
} from '../../server/src/domain/labels.js';
import coreEn from '../../web/src/i18n/core.en.json' with { type: 'json' };
import coreRu from '../../web/src/i18n/core.ru.json' with { type: 'json' };
import coreZh from '../../web/src/i18n/core.zh.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import ru from '../../web/src/i18n/ru.json' with { type: 'json' };
import zh from '../../web/src/i18n/zh.json' with { type: 'json' };

const WEB: Record<keyof Label, Record<string, unknown>> = { en: { ...coreEn, ...en }, zh: { ...coreZh, ...zh }, ru: { ...coreRu, ...ru } };

const TABLES: [webKey: string, labels: Record<string, Label>][] = [
  ['stage', INVESTMENT_STAGE_LABELS],
  ['dealKind', DEAL_KIND_LABELS],
  ['verification', VERIFICATION_LABELS],
  ['orgKind', ORGANIZATION_KIND_LABELS],
  ['tenancyStatus', TENANCY_STATUS_LABELS],
  ['partyRole', DEAL_PARTY_ROLE_LABELS],
];

describe('vocabulary labels', () => {
  for (const [webKey, labels] of TABLES)
    it(`${webKey}: the API's label of each code is the web's word for it`, () => {
      for (const lang of ['en', 'zh', 'ru'] as const) {
        const api = Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label[lang]]));
        expect(WEB[lang][webKey], `${lang}.${webKey}`).toEqual(api);
      }
    });
});
