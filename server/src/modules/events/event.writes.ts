// What officers change on events: their Russian name only (events come from the sources), through the RecordWriter.
import type { UpdateEventInput } from '../../__generated__/resolvers-types.js';
import { databaseId } from '../../graphql/global-id.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, RecordWrites } from '../writes/record-writes.js';
import { Event } from './event.entity.js';

export class EventWrites extends RecordWrites {
  update(input: UpdateEventInput) {
    const id = databaseId(input.id, 'Event', 'input.id');
    const check = new InputCheck();
    const values = { nameRu: check.text('input.nameRu', input.nameRu, { max: 200 }) };
    check.done();
    return this.writer.update({
      type: 'Event',
      entity: Event,
      id,
      version: input.version,
      apply: (_em, event) => {
        assignPresent(event, input, values);
        return Promise.resolve();
      },
    });
  }
}
