// Responsible for dashboard views officers save under a name and share with their colleagues.
import type { EntityManager } from '@mikro-orm/knex';
import { fieldError, forbidden, invalidFields, notFound, type FieldError } from '../../graphql/errors.js';
import { paginate, listOrder, ID_ORDER, type PageArgs } from '../../graphql/pagination.js';
import { isOfficer, officerIdOf, requireRole, type Actor } from '../access/actor.js';
import { Officer } from '../access/access.entities.js';
import { SavedView } from './saved-view.entity.js';
import { SecurityTrail } from '../audit/security-trail.js';

const PATHS = ['/', '/deals'];
const MAX_NAME = 120;
const MAX_QUERY = 2000;

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
    if (!name) problems.push(fieldError('input.name', 'REQUIRED', `a name of 1 to ${MAX_NAME} characters`));
    else if (name.length > MAX_NAME)
      problems.push(fieldError('input.name', 'TOO_LONG', `a name of 1 to ${MAX_NAME} characters`, { max: MAX_NAME, length: name.length }));
    if (!PATHS.includes(input.path)) problems.push(fieldError('input.path', 'NOT_ONE_OF', `one of ${PATHS.join(', ')}`, { allowed: PATHS }));
    const query = input.query.replace(/^\?/, '');
    if (query.length > MAX_QUERY)
      problems.push(fieldError('input.query', 'TOO_LONG', `a URL query of at most ${MAX_QUERY} characters`, { max: MAX_QUERY, length: query.length }));
    else if (/[\s<>"]/.test(query)) problems.push(fieldError('input.query', 'INVALID_CHARACTERS', 'a URL query without spaces, quotes or angle brackets'));
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
