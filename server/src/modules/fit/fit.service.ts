// Responsible for the fit finder: gathering each park's facts in a few grouped statements and ranking them.
import type { EntityManager } from '@mikro-orm/knex';
import { format, parseISO, subYears } from 'date-fns';
import type { Clock } from '../../clock.js';
import { toNumber } from '../../db/numbers.js';
import { fieldError, invalidFields, type FieldError } from '../../graphql/errors.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { CRITERIA, rankParks, type Criterion, type FitResult, type ParkFacts } from './fit.js';
import { currentTenancySql } from '../tenancies/current-tenants.js';

const MU_PER_HECTARE = 15;

export interface ParkFitInput {
  sector: string;
  landMu?: number | null;
  landHectares?: number | null;
  weights?: Partial<Record<WeightField, number | null>> | null;
  realOnly?: boolean | null;
}

export type ParkFitNode = FitResult & { park: ParkEntity };

type WeightField = 'sectorMatch' | 'land' | 'neighbours' | 'momentum' | 'logistics';
const WEIGHT_FIELDS: Record<WeightField, Criterion> = {
  sectorMatch: 'SECTOR_MATCH',
  land: 'LAND',
  neighbours: 'NEIGHBOURS',
  momentum: 'MOMENTUM',
  logistics: 'LOGISTICS',
};

export class FitService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async rank(input: ParkFitInput, first: number): Promise<ParkFitNode[]> {
    const problems: FieldError[] = [];
    const given = [input.landMu, input.landHectares].filter((v) => v != null);
    if (given.length !== 1) {
      problems.push(
        fieldError('input.landMu', 'EXACTLY_ONE', 'give the land needed in mu or in hectares (one of them)', {
          fields: ['input.landMu', 'input.landHectares'],
        }),
      );
    }
    const landMu = input.landMu ?? (input.landHectares != null ? input.landHectares * MU_PER_HECTARE : 0);
    const landField = input.landMu != null ? 'input.landMu' : 'input.landHectares';
    if (given.length === 1 && !(landMu > 0)) problems.push(fieldError(landField, 'NOT_POSITIVE', 'must be more than 0'));
    else if (given.length === 1 && !(landMu < 1e7)) problems.push(fieldError(landField, 'TOO_LARGE', 'must be less than 10,000,000 mu', { max: '10000000' }));
    const weights = Object.fromEntries(CRITERIA.map((c) => [c, 1])) as Record<Criterion, number>;
    for (const [field, criterion] of Object.entries(WEIGHT_FIELDS) as [WeightField, Criterion][]) {
      const w = input.weights?.[field];
      if (w == null) continue;
      if (!(w >= 0 && w <= 10)) problems.push(fieldError(`input.weights.${field}`, 'OUT_OF_RANGE', 'a weight from 0 to 10', { min: 0, max: 10 }));
      weights[criterion] = w;
    }
    if (CRITERIA.every((c) => weights[c] === 0)) problems.push(fieldError('input.weights', 'ALL_ZERO', 'at least one weight must be above 0'));
    if (!(first >= 1 && first <= 100)) problems.push(fieldError('first', 'OUT_OF_RANGE', 'between 1 and 100', { min: 1, max: 100 }));
    if (problems.length) throw invalidFields(problems);

    const parks = await this.em.find(Park, {}, { orderBy: { id: 'asc' }, populate: ['focusSectors'] });
    const facts = await this.facts(parks, input.sector, Boolean(input.realOnly));
    const byId = new Map(parks.map((p) => [p.id, p]));
    return rankParks(facts, { sector: input.sector, landMu, weights })
      .slice(0, first)
      .map((r) => ({ ...r, park: byId.get(r.parkId)! }));
  }

  private async facts(parks: ParkEntity[], sector: string, realOnly: boolean): Promise<ParkFacts[]> {
    const run = (sql: string, params: unknown[]) =>
      this.em.getConnection().execute<Record<string, unknown>[]>(sql, params, 'all', this.em.getTransactionContext());
    const real = realOnly ? `and x.verification in ('VERIFIED', 'RECORDED')` : '';
    // Organizations at a park working in the sector: its current tenants today (the one definition) listed in it,
    // and investors in it.
    const current = currentTenancySql('x', this.clock.today());
    const neighbours = await run(
      `select park_id as p, count(distinct org) as n from (
         select x.park_id, x.organization_id as org from tenancy x join organization_sector s on s.organization_id = x.organization_id
           where s.sector_code = ? and ${current.sql} ${real}
         union all
         select x.park_id, x.organization_id as org from investment x where x.sector_code = ? and x.organization_id is not null ${real}
       ) a group by park_id`,
      [sector, ...current.bindings, sector],
    );
    const since = format(subYears(parseISO(this.clock.today()), 1), 'yyyy-MM-dd');
    const momentum = await run(
      `select park_id as p, count(*) as n from (
         select x.park_id from investment x where x.announced_on > ? ${real}
         union all
         select x.park_id from deal x where x.signed_on > ? and x.park_id is not null ${real}
       ) a group by park_id`,
      [since, since],
    );
    const count = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [toNumber(r.p), toNumber(r.n)]));
    const [n, m] = [count(neighbours), count(momentum)];
    const parentOf = new Map(parks.map((p) => [p.id, p.parent?.id ?? null]));
    return parks.map((park) => {
      // A park shares the facilities of its parent and children (a zone's logistics serve its parks).
      const family = parks.filter((q) => q.id === park.id || q.id === parentOf.get(park.id) || parentOf.get(q.id) === park.id);
      return {
        id: park.id,
        focusSectors: park.focusSectors.getItems().map((s) => s.code as string),
        landAreaMu: park.landAreaMu ?? null,
        isLogisticsHub: park.kind === 'LOGISTICS_HUB',
        facilityStatuses: family.flatMap((q) => (q.facilities ?? []).map((f) => f.status)),
        neighbours: n.get(park.id) ?? 0,
        momentum: m.get(park.id) ?? 0,
      };
    });
  }
}
