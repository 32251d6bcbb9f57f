// The retention job: at start-up and then once a day, enquiries' contact details older than ENQUIRY_RETENTION_DAYS
// are erased (eraseExpiredEnquiries, each erasure audited). Several servers may run it at once: an enquiry already
// erased is skipped, and erasing twice changes nothing.
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { eraseExpiredEnquiries } from './enquiry.service.js';

const DAY_MS = 86_400_000;

export function startEnquiryRetention(orm: MikroORM, clock: Clock, days: number, logger: Logger): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = eraseExpiredEnquiries(orm.em.fork() as EntityManager, clock.now(), days, logger).catch((err: unknown) =>
      logger.warn({ err: (err as Error).message }, 'enquiry retention: erasure failed; it runs again tomorrow'),
    );
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
