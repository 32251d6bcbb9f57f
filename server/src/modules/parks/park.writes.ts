// What officers change on parks: their profile (parks themselves come from the sources), through the RecordWriter.
import type { UpdateParkInput } from '../../__generated__/resolvers-types.js';
import { databaseId } from '../../graphql/global-id.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, has, RecordWrites, sectorRefs, sectorsOf } from '../writes/record-writes.js';
import { Park, PARK_MONEY } from './park.entity.js';

export class ParkWrites extends RecordWrites {
  update(input: UpdateParkInput) {
    const id = databaseId(input.id, 'Park', 'input.id');
    const check = new InputCheck();
    check.notNull(input, ['status']);
    const values = {
      status: input.status,
      nameRu: check.text('input.nameRu', input.nameRu, { max: 200 }),
      positioningZh: check.text('input.positioningZh', input.positioningZh, { max: 5000 }),
      positioningEn: check.text('input.positioningEn', input.positioningEn, { max: 5000 }),
      locationZh: check.text('input.locationZh', input.locationZh, { max: 200 }),
      locationEn: check.text('input.locationEn', input.locationEn, { max: 200 }),
      landAreaMu: check.number('input.landAreaMu', input.landAreaMu, { min: 0, max: 1e7 }),
      completedOn: check.partialDate('input.completedOn', input.completedOn),
      figuresAsOf: check.day('input.figuresAsOf', input.figuresAsOf),
      facilities: input.facilities?.map((f, i) => ({
        nameEn: check.text(`input.facilities.${i}.nameEn`, f.nameEn, { max: 200 }),
        nameZh: check.text(`input.facilities.${i}.nameZh`, f.nameZh, { max: 200 }),
        status: f.status,
      })),
    };
    const money = {
      plannedInvestment: check.money('input.plannedInvestment', input.plannedInvestment),
      expectedAnnualOutput: check.money('input.expectedAnnualOutput', input.expectedAnnualOutput),
      expectedAnnualProfit: check.money('input.expectedAnnualProfit', input.expectedAnnualProfit),
    };
    check.done();
    return this.writer.update({
      type: 'Park',
      entity: Park,
      id,
      version: input.version,
      removeSources: input.removeSources,
      extra: sectorsOf('park_focus_sector', 'park_id'),
      apply: async (em, park) => {
        assignPresent(park, input, values);
        await this.money(em).assignAll(park, PARK_MONEY, money);
        if (has(input, 'focusSectors')) {
          await park.focusSectors.init();
          park.focusSectors.set(sectorRefs(em, input.focusSectors ?? []));
        }
      },
    });
  }
}
