import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6.6's SQLite diff misreads enum checks and would rebuild every table (see schema-check.ts).
export class Migration20261125072758 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`api_key\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`role\` text check (\`role\` in ('READER', 'OFFICER')) not null, \`prefix\` text not null, \`secret_hash\` text not null, \`allow_list_only\` integer not null default false, \`created_by\` text null, \`created_at\` datetime not null, \`revoked_at\` datetime null, \`last_used_at\` datetime null);`,
    );
    this.addSql(`create unique index \`api_key_prefix_unique\` on \`api_key\` (\`prefix\`);`);
    this.addSql(
      `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`actor_name\` text not null, \`operation\` text check (\`operation\` in ('CREATE', 'UPDATE', 'DELETE')) not null, \`record_type\` text not null, \`record_id\` integer not null, \`before\` json null, \`after\` json null, \`request_id\` text null);`,
    );
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_index\` on \`audit_entry\` (\`actor\`);`);
    this.addSql(`create index \`audit_entry_record_type_record_id_index\` on \`audit_entry\` (\`record_type\`, \`record_id\`);`);
    this.addSql(
      `create table \`idempotency_key\` (\`id\` integer not null primary key autoincrement, \`actor\` text not null, \`key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`record_type\` text not null, \`record_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null);`,
    );
    this.addSql(`create index \`idempotency_key_expires_at_index\` on \`idempotency_key\` (\`expires_at\`);`);
    this.addSql(`create unique index \`idempotency_key_actor_key_unique\` on \`idempotency_key\` (\`actor\`, \`key\`);`);
    this.addSql(
      `create table \`officer\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`name\` text not null, \`role\` text check (\`role\` in ('OFFICER', 'ADMIN')) not null, \`password_hash\` text not null, \`disabled_at\` datetime null, \`created_at\` datetime not null, \`version\` integer not null default 1);`,
    );
    this.addSql(`create unique index \`officer_email_unique\` on \`officer\` (\`email\`);`);
    this.addSql(
      `create table \`officer_session\` (\`id\` integer not null primary key autoincrement, \`officer_id\` integer not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`officer_session_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`officer_session_officer_id_index\` on \`officer_session\` (\`officer_id\`);`);
    this.addSql(`create unique index \`officer_session_token_hash_unique\` on \`officer_session\` (\`token_hash\`);`);
    this.addSql(`create table \`server_setting\` (\`key\` text not null, \`value\` text not null, primary key (\`key\`));`);

    // The audit log is append-only: the database itself refuses to change or remove a row.
    this.addSql(
      `create trigger \`audit_entry_no_update\` before update on \`audit_entry\` begin select raise(abort, 'audit log rows cannot be changed or deleted'); end;`,
    );
    this.addSql(
      `create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` begin select raise(abort, 'audit log rows cannot be changed or deleted'); end;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`officer_session\`;`);
    this.addSql(`drop table if exists \`api_key\`;`);
    this.addSql(`drop table if exists \`audit_entry\`;`);
    this.addSql(`drop table if exists \`idempotency_key\`;`);
    this.addSql(`drop table if exists \`officer\`;`);
    this.addSql(`drop table if exists \`server_setting\`;`);
  }
}
