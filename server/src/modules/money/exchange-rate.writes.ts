// What admins change on exchange rates; every stored USD amount in that currency follows in the same transaction
// (set-based: MoneyService.recomputeUsdAmounts), so a failed re-pricing leaves the rate as it was.
import type { CreateExchangeRateInput, UpdateExchangeRateInput } from '../../__generated__/resolvers-types.js';
import { fieldError, invalidFields } from '../../graphql/errors.js';
import { databaseId } from '../../graphql/global-id.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, RecordWrites } from '../writes/record-writes.js';
import { ExchangeRate } from './exchange-rate.entity.js';

const RATE_DECIMALS = 12;

function checkRate(check: InputCheck, value: string) {
  if (!/^\d{1,12}(\.\d{1,12})?$/.test(value) || Number(value) <= 0) {
    check.fail('input.usdPerUnit', 'NOT_A_RATE', `must be a positive decimal with at most ${RATE_DECIMALS} decimals`, { decimals: RATE_DECIMALS });
  }
}

export class ExchangeRateWrites extends RecordWrites {
  create(input: CreateExchangeRateInput) {
    const check = new InputCheck();
    const currency = check.currency('input.currency', input.currency);
    if (currency === 'USD') check.fail('input.currency', 'BASE_CURRENCY', 'USD needs no rate', { currency });
    checkRate(check, input.usdPerUnit);
    const note = check.text('input.note', input.note, { max: 200 });
    check.done();
    return this.writer.create({
      type: 'ExchangeRate',
      entity: ExchangeRate,
      role: 'ADMIN',
      operation: 'createExchangeRate',
      input,
      build: async (em) => {
        if (await em.count(ExchangeRate, { currency, validFrom: input.validFrom })) {
          throw invalidFields([
            fieldError('input.validFrom', 'ALREADY_EXISTS', `${currency} already has a rate from ${input.validFrom}; update it instead`, {
              value: input.validFrom,
            }),
          ]);
        }
        const enteredOn = this.clock?.today() ?? new Date().toISOString().slice(0, 10);
        const rate = em.create(ExchangeRate, {
          currency,
          validFrom: input.validFrom,
          usdPerUnit: input.usdPerUnit,
          note,
          approximate: input.approximate ?? true,
          enteredOn,
        });
        em.persist(rate);
        await em.flush();
        await this.money(em).recomputeUsdAmounts(currency);
        return rate;
      },
    });
  }

  update(input: UpdateExchangeRateInput) {
    const check = new InputCheck();
    check.notNull(input, ['usdPerUnit', 'note', 'approximate']);
    if (input.usdPerUnit != null) checkRate(check, input.usdPerUnit);
    const note = check.text('input.note', input.note, { max: 200 });
    check.done();
    return this.writer.update({
      type: 'ExchangeRate',
      entity: ExchangeRate,
      role: 'ADMIN',
      id: databaseId(input.id, 'ExchangeRate', 'input.id'),
      version: input.version,
      apply: async (em, rate) => {
        assignPresent(rate, input, { usdPerUnit: input.usdPerUnit, note, approximate: input.approximate });
        await em.flush();
        await this.money(em).recomputeUsdAmounts(rate.currency);
      },
    });
  }

  remove(globalId: string, version: number) {
    const id = databaseId(globalId, 'ExchangeRate');
    let currency = '';
    return this.writer.remove({
      type: 'ExchangeRate',
      entity: ExchangeRate,
      role: 'ADMIN',
      id,
      version,
      cleanup: async (em) => {
        currency = (await em.findOneOrFail(ExchangeRate, { id })).currency;
      },
      after: async (em) => {
        await this.money(em).recomputeUsdAmounts(currency);
      },
    });
  }
}
