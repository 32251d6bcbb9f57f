import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6.6's SQLite diff misreads enum checks and would rebuild every table (see schema-check.ts).
// Session epochs and why sessions ended; the audit log's operations grow by the security events. SQLite cannot
// change a check constraint or add a column before a table's constraints, so audit_entry and officer_session are
// rebuilt (rows kept), and the audit log's append-only triggers are created again on the new table.
const AUDIT_ENTRY = `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`actor_name\` text not null, \`operation\` text check (\`operation\` in ('CREATE', 'UPDATE', 'DELETE', 'REVOKE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSIONS_REVOKED')) not null, \`record_type\` text not null, \`record_id\` integer not null, \`before\` json null, \`after\` json null, \`request_id\` text null);`;
const AUDIT_ENTRY_OLD = `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`actor_name\` text not null, \`operation\` text check (\`operation\` in ('CREATE', 'UPDATE', 'DELETE')) not null, \`record_type\` text not null, \`record_id\` integer not null, \`before\` json null, \`after\` json null, \`request_id\` text null);`;
const AUDIT_COLUMNS = '`id`, `at`, `actor`, `actor_name`, `operation`, `record_type`, `record_id`, `before`, `after`, `request_id`';
const OFFICER_SESSION = `create table \`officer_session\` (\`id\` integer not null primary key autoincrement, \`officer_id\` integer not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ended_reason\` text check (\`ended_reason\` in ('ROTATED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'DISABLED', 'REUSE_DETECTED')) null, constraint \`officer_session_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on delete cascade on update cascade);`;
const OFFICER_SESSION_OLD = `create table \`officer_session\` (\`id\` integer not null primary key autoincrement, \`officer_id\` integer not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`officer_session_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on delete cascade on update cascade);`;
const SESSION_COLUMNS = '`id`, `officer_id`, `token_hash`, `created_at`, `expires_at`, `revoked_at`';

export class Migration20261201104007 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`officer\` add column \`session_epoch\` integer not null default 0;`);
    this.rebuildAuditEntry(AUDIT_ENTRY);
    this.rebuildOfficerSession(OFFICER_SESSION, SESSION_COLUMNS);
  }

  override async down(): Promise<void> {
    this.rebuildOfficerSession(OFFICER_SESSION_OLD, SESSION_COLUMNS);
    // Rows of the new operations do not fit the old check; the down migration keeps record changes only.
    this.rebuildAuditEntry(AUDIT_ENTRY_OLD, `where \`operation\` in ('CREATE', 'UPDATE', 'DELETE')`);
    this.addSql(`alter table \`officer\` drop column \`session_epoch\`;`);
  }

  private rebuildAuditEntry(ddl: string, where = '') {
    this.addSql(`alter table \`audit_entry\` rename to \`audit_entry__old\`;`);
    this.addSql(ddl);
    this.addSql(`insert into \`audit_entry\` (${AUDIT_COLUMNS}) select ${AUDIT_COLUMNS} from \`audit_entry__old\` ${where};`);
    // Dropping the old table drops its indexes and its append-only triggers (DROP TABLE fires no triggers).
    this.addSql(`drop table \`audit_entry__old\`;`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_index\` on \`audit_entry\` (\`actor\`);`);
    this.addSql(`create index \`audit_entry_record_type_record_id_index\` on \`audit_entry\` (\`record_type\`, \`record_id\`);`);
    this.addSql(
      `create trigger \`audit_entry_no_update\` before update on \`audit_entry\` begin select raise(abort, 'audit log rows cannot be changed or deleted'); end;`,
    );
    this.addSql(
      `create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` begin select raise(abort, 'audit log rows cannot be changed or deleted'); end;`,
    );
  }

  private rebuildOfficerSession(ddl: string, columns: string) {
    this.addSql(`alter table \`officer_session\` rename to \`officer_session__old\`;`);
    this.addSql(ddl);
    this.addSql(`insert into \`officer_session\` (${columns}) select ${columns} from \`officer_session__old\`;`);
    this.addSql(`drop table \`officer_session__old\`;`);
    this.addSql(`create index \`officer_session_officer_id_index\` on \`officer_session\` (\`officer_id\`);`);
    this.addSql(`create unique index \`officer_session_token_hash_unique\` on \`officer_session\` (\`token_hash\`);`);
  }
}
