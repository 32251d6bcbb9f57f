import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6.6's SQLite diff misreads enum checks and would rebuild every table (see schema-check.ts).
// Enquiries from the public form; the audit log's operations grow by ERASE (an enquiry's contact details erased after
// their retention). SQLite cannot change a check constraint, so audit_entry is rebuilt (rows kept) and its
// append-only triggers created again; the data version's triggers come back at start-up (their definition changed).
const AUDIT_ENTRY = `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`actor_name\` text not null, \`operation\` text check (\`operation\` in ('CREATE', 'UPDATE', 'DELETE', 'REVOKE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSIONS_REVOKED', 'ERASE')) not null, \`record_type\` text not null, \`record_id\` integer not null, \`before\` json null, \`after\` json null, \`request_id\` text null);`;
const AUDIT_ENTRY_OLD = `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`actor_name\` text not null, \`operation\` text check (\`operation\` in ('CREATE', 'UPDATE', 'DELETE', 'REVOKE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSIONS_REVOKED')) not null, \`record_type\` text not null, \`record_id\` integer not null, \`before\` json null, \`after\` json null, \`request_id\` text null);`;
const AUDIT_COLUMNS = '`id`, `at`, `actor`, `actor_name`, `operation`, `record_type`, `record_id`, `before`, `after`, `request_id`';

export class Migration20261202065312 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`enquiry\` (\`id\` integer not null primary key autoincrement, \`reference\` text not null, \`form_nonce\` text not null, \`company\` text not null, \`country\` text not null, \`sector_code\` text not null, \`land_mu\` double not null, \`planned_minor\` bigint null, \`planned_currency\` text null, \`planned_usd_minor\` bigint null, \`contact_name\` text null, \`email\` text null, \`phone\` text null, \`message\` text null, \`park_ids\` json not null, \`consent\` integer not null, \`language\` text check (\`language\` in ('ZH', 'EN', 'RU')) not null, \`received_at\` datetime not null, \`erased_at\` datetime null, \`status\` text check (\`status\` in ('NEW', 'CONTACTED', 'CONVERTED', 'DECLINED')) not null, \`handled_by_id\` integer null, \`notes\` text null, \`organization_id\` integer null, \`investment_id\` integer null, \`version\` integer not null default 1, constraint \`enquiry_sector_code_foreign\` foreign key(\`sector_code\`) references \`sector\`(\`code\`) on update cascade, constraint \`enquiry_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`officer\`(\`id\`) on delete set null on update cascade, constraint \`enquiry_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, constraint \`enquiry_investment_id_foreign\` foreign key(\`investment_id\`) references \`investment\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`enquiry_reference_unique\` on \`enquiry\` (\`reference\`);`);
    this.addSql(`create unique index \`enquiry_form_nonce_unique\` on \`enquiry\` (\`form_nonce\`);`);
    this.addSql(`create index \`enquiry_sector_code_index\` on \`enquiry\` (\`sector_code\`);`);
    this.addSql(`create index \`enquiry_received_at_index\` on \`enquiry\` (\`received_at\`);`);
    this.addSql(`create index \`enquiry_handled_by_id_index\` on \`enquiry\` (\`handled_by_id\`);`);
    this.addSql(`create index \`enquiry_organization_id_index\` on \`enquiry\` (\`organization_id\`);`);
    this.addSql(`create index \`enquiry_investment_id_index\` on \`enquiry\` (\`investment_id\`);`);
    this.addSql(`create index \`enquiry_status_id_index\` on \`enquiry\` (\`status\`, \`id\`);`);
    this.rebuildAuditEntry(AUDIT_ENTRY);
  }

  override async down(): Promise<void> {
    this.rebuildAuditEntry(AUDIT_ENTRY_OLD, `where \`operation\` <> 'ERASE'`);
    this.addSql(`drop table if exists \`enquiry\`;`);
  }

  private rebuildAuditEntry(ddl: string, where = '') {
    this.addSql(`alter table \`audit_entry\` rename to \`audit_entry__old\`;`);
    this.addSql(ddl);
    this.addSql(`insert into \`audit_entry\` (${AUDIT_COLUMNS}) select ${AUDIT_COLUMNS} from \`audit_entry__old\` ${where};`);
    // Dropping the old table drops its indexes and its triggers (DROP TABLE fires no triggers).
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
}
