// Responsible for dashboard views officers save under a name and share with their colleagues.
import type { EntityManager } from '@mikro-orm/knex';
import { forbidden, invalidFields, notFound, type FieldError } from '../../graphql/errors.js';
import { paginate, listOrder, ID_ORDER, type PageArgs } from '../../graphql/pagination.js';
import { isOfficer, officerIdOf, requireRole, type Actor } from '../access/actor.js';
import { Officer } from '../access/access.entities.js';
import { SavedView } from './saved-view.entity.js';
import { SecurityTrail } from '../audit/security-trail.js';

const PATHS = ['/', '/deals'];

export class SavedViewService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly trail = new SecurityTrail(),
  ) {}

  /** Everyone's saved views, newest first (officers share them). */
  list(args: PageArgs) {
    requireRole(this.actor, 'OFFICER');
    return paginate(this.em, SavedView, () => ({}), args, listOrder(['ID_DESC'], ID_ORDER));
  }

  async save(input: { name: string; path: string; query: string }) {
    requireRole(this.actor, 'OFFICER');
    const officerId = officerIdOf(this.actor);
    if (officerId === null) throw forbidden('Views are saved by signed-in officers; an API key has no colleagues to share them with');
    const problems: FieldError[] = [];
    const name = input.name.trim();
    if (!name || name.length > 120) problems.push({ field: 'input.name', message: 'a name of 1 to 120 characters' });
    if (!PATHS.includes(input.path)) problems.push({ field: 'input.path', message: `one of ${PATHS.join(', ')}` });
    const query = input.query.replace(/^\?/, '');
    if (query.length > 2000 || /[\s<>"]/.test(query)) problems.push({ field: 'input.query', message: 'a URL query of at most 2000 characters' });
    if (problems.length) throw invalidFields(problems);
    const view = this.em.create(SavedView, { name, path: input.path, query, officer: this.em.getReference(Officer, officerId) });
    await this.em.flush();
    return view;
  }

  /** The owner or an admin deletes a view. */
  async remove(id: number) {
    requireRole(this.actor, 'OFFICER');
    const view = await this.em.findOne(SavedView, { id });
    if (!view) throw notFound('No saved view has this ID', 'id');
    // By kind and id: an API key whose id happens to equal the owner's officer id is not the owner.
    if (!isOfficer(this.actor, view.officer.id) && this.actor.role !== 'ADMIN') throw forbidden('Only whoever saved a view (or an admin) may delete it');
    this.em.remove(view);
    this.trail.record(this.em, this.actor, {
      operation: 'DELETE',
      recordType: 'SavedView',
      recordId: id,
      before: { name: view.name, path: view.path, query: view.query, officer: view.officer.id },
    });
    await this.em.flush();
    return { id };
  }
}
