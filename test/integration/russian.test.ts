import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

// Russian content names: an officer's translation beside the record's Chinese and English, marked with who entered it
// and when, never touching the record's provenance; and name search that folds Cyrillic case on both databases.

const RuVerifiedDeal = graphql(`
  query RuVerifiedDeal {
    deals(filter: { verification: { eq: VERIFIED } }, first: 1) {
      nodes {
        id
        version
      }
    }
  }
`);

const RuUpdateDeal = graphql(`
  mutation RuUpdateDeal($i: UpdateDealInput!) {
    updateDeal(input: $i) {
      id
      version
      verification
      recordedBy
      sources {
        id
      }
      title {
        zh
        en
        ru
        ruTranslation {
          enteredBy
          enteredAt
        }
      }
    }
  }
`);

const RuCreateOrganization = graphql(`
  mutation RuCreateOrganization($i: CreateOrganizationInput!) {
    createOrganization(input: $i) {
      id
      name {
        ru
        ruTranslation {
          enteredBy
        }
      }
    }
  }
`);

const RuUpdatePark = graphql(`
  mutation RuUpdatePark($i: UpdateParkInput!) {
    updatePark(input: $i) {
      verification
      name {
        en
        ru
        ruTranslation {
          enteredBy
        }
      }
    }
  }
`);

const RuPark = graphql(`
  query RuPark($slug: String!) {
    park(slug: $slug) {
      id
      version
      verification
    }
  }
`);

const RuSearch = graphql(`
  query RuSearch($q: String!) {
    organizations(filter: { search: $q }, first: 10) {
      nodes {
        name {
          en
        }
      }
    }
    parks(filter: { search: $q }, first: 10) {
      nodes {
        slug
      }
    }
    deals(filter: { search: $q }, first: 10) {
      nodes {
        title {
          en
        }
      }
    }
  }
`);

const RuDealEvent = graphql(`
  query RuDealEvent {
    deals(filter: { verification: { eq: VERIFIED } }, first: 1) {
      nodes {
        title {
          en
        }
        event {
          id
          version
          name {
            en
          }
        }
      }
    }
  }
`);

const RuUpdateEvent = graphql(`
  mutation RuUpdateEvent($i: UpdateEventInput!) {
    updateEvent(input: $i) {
      id
      version
      verification
      sources {
        id
      }
      name {
        zh
        en
        ru
        ruTranslation {
          enteredBy
        }
      }
    }
  }
`);

const RuDealGroups = graphql(`
  query RuDealGroups {
    byEvent: dealStats(groupBy: [EVENT]) {
      buckets {
        key {
          value
          label {
            en
            ru
          }
        }
      }
    }
    byPark: dealStats(groupBy: [PARK]) {
      buckets {
        key {
          value
          label {
            ru
          }
        }
      }
    }
  }
`);

const RuEventSearch = graphql(`
  query RuEventSearch($q: String!) {
    events(filter: { search: $q }, first: 10) {
      nodes {
        id
      }
    }
  }
`);

describe.each(DIALECTS)('Russian names on %s', (dialect) => {
  let server: TestServer;
  let officer: string;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    officer = (await signedIn(server, 'OFFICER', 'Анна Иванова')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  const search = async (q: string) => {
    const res = await server.gql(RuSearch, { q });
    expect(res.errors).toBeUndefined();
    return {
      organizations: res.data!.organizations.nodes.map((n) => n.name.en),
      parks: res.data!.parks.nodes.map((n) => n.slug),
      deals: res.data!.deals.nodes.map((n) => n.title.en),
    };
  };

  it('keeps a Russian title an officer enters as a translation, marked with who and when; the quoted record stays VERIFIED', async () => {
    const deal = (await server.gql(RuVerifiedDeal)).data!.deals.nodes[0];
    const entered = await server.gql(RuUpdateDeal, { i: { id: deal.id, version: deal.version, titleRu: '  Соглашение о сотрудничестве  ' } }, officer);
    expect(entered.errors).toBeUndefined();
    const d = entered.data!.updateDeal;
    expect(d.title.ru).toBe('Соглашение о сотрудничестве');
    expect(d.title.ruTranslation?.enteredBy).toBe('Анна Иванова');
    expect(Math.abs(Date.parse(String(d.title.ruTranslation?.enteredAt)) - server.clock.now().getTime())).toBeLessThan(60_000);
    expect(d.verification).toBe('VERIFIED');
    expect(d.recordedBy).toBeNull();
    expect(d.sources.length).toBeGreaterThan(0);

    // Found by its Russian title whatever the case.
    expect((await search('СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ')).deals).toEqual([d.title.en]);

    // Cleared: no Russian text, no mark (the Russian interface then shows the English title).
    const cleared = await server.gql(RuUpdateDeal, { i: { id: d.id, version: d.version, titleRu: null } }, officer);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateDeal.title).toMatchObject({ ru: null, ruTranslation: null });
    expect(cleared.data!.updateDeal.verification).toBe('VERIFIED');
    expect((await search('соглашение о сотрудничестве')).deals).toEqual([]);
  });

  it('finds organizations and parks by their Russian names in any case, and still by Chinese and English', async () => {
    const org = await server.gql(
      RuCreateOrganization,
      { i: { nameZh: '北风贸易有限公司', nameEn: 'North Wind Trading', nameRu: 'ООО «Северный Ветер»', kind: 'COMPANY', country: 'RU' } },
      officer,
    );
    expect(org.errors).toBeUndefined();
    expect(org.data!.createOrganization.name).toEqual({ ru: 'ООО «Северный Ветер»', ruTranslation: { enteredBy: 'Анна Иванова' } });

    const park = (await server.gql(RuPark, { slug: 'sco-energy-valley' })).data!.park!;
    const renamed = await server.gql(RuUpdatePark, { i: { id: park.id, version: park.version, nameRu: 'Энергетическая долина ШОС' } }, officer);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updatePark.name.ru).toBe('Энергетическая долина ШОС');
    expect(renamed.data!.updatePark.verification).toBe(park.verification);

    for (const q of ['северный ветер', 'СЕВЕРНЫЙ', 'Северный Ветер', 'ветер»']) expect((await search(q)).organizations, q).toEqual(['North Wind Trading']);
    for (const q of ['энергетическая', 'ЭНЕРГЕТИЧЕСКАЯ ДОЛИНА', 'долина шос']) expect((await search(q)).parks, q).toEqual(['sco-energy-valley']);
    expect((await search('NORTH wind')).organizations).toEqual(['North Wind Trading']);
    expect((await search('北风')).organizations).toEqual(['North Wind Trading']);
    expect(await search('южный')).toEqual({ organizations: [], parks: [], deals: [] });
  });

  it('refuses a Russian name that is blank or too long, with the field named', async () => {
    const park = (await server.gql(RuPark, { slug: 'sco-energy-valley' })).data!.park!;
    const blank = await server.gql(RuUpdatePark, { i: { id: park.id, version: park.version, nameRu: '   ' } }, officer);
    expect(blank.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'input.nameRu', reason: 'REQUIRED' })]);
    const long = await server.gql(RuUpdatePark, { i: { id: park.id, version: park.version, nameRu: 'Я'.repeat(201) } }, officer);
    expect(long.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'input.nameRu', reason: 'TOO_LONG', params: { max: 200, length: 201 } }),
    ]);
  });

  it('keeps an event’s Russian name as a translation, marked; finds it in any case; statistics and the Russian deals export name the event by it', async () => {
    const deal = (await server.gql(RuDealEvent)).data!.deals.nodes[0];
    const event = deal.event!;
    expect((await server.gql(RuUpdateEvent, { i: { id: event.id, version: event.version, nameRu: 'Диалог' } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const long = await server.gql(RuUpdateEvent, { i: { id: event.id, version: event.version, nameRu: 'Я'.repeat(201) } }, officer);
    expect(long.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'input.nameRu', reason: 'TOO_LONG' })]);

    const named = await server.gql(RuUpdateEvent, { i: { id: event.id, version: event.version, nameRu: 'Диалог по логистике и транспорту' } }, officer);
    expect(named.errors).toBeUndefined();
    const e = named.data!.updateEvent;
    expect(e.name).toMatchObject({ en: event.name.en, ru: 'Диалог по логистике и транспорту', ruTranslation: { enteredBy: 'Анна Иванова' } });
    expect(e.verification).toBe('VERIFIED');
    expect(e.sources.length).toBeGreaterThan(0);
    for (const q of ['ДИАЛОГ ПО ЛОГИСТИКЕ', 'диалог по логистике и транспорту'])
      expect((await server.gql(RuEventSearch, { q })).data!.events.nodes, q).toEqual([{ id: e.id }]);

    // Statistics label the event by its Russian name too, and say in Russian that a deal names no park.
    const groups = (await server.gql(RuDealGroups)).data!;
    expect(groups.byEvent.buckets.find((b) => b.key[0].value === e.id)?.key[0].label).toEqual({ en: event.name.en, ru: 'Диалог по логистике и транспорту' });
    expect(groups.byPark.buckets.find((b) => b.key[0].value === null)?.key[0].label.ru).toBe('Парк не указан');

    const csv = await (await fetch(`${server.url}/export/deals.csv?lang=ru`)).text();
    const row = csv.split(/\r?\n/).find((line) => line.includes(deal.title.en));
    expect(row).toContain('Диалог по логистике и транспорту');
  });
});
