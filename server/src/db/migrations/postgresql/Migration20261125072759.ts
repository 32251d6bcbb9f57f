import { Migration } from '@mikro-orm/migrations';

export class Migration20261125072759 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" serial primary key, "name" varchar(120) not null, "role" text check ("role" in ('READER', 'OFFICER')) not null, "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "allow_list_only" boolean not null default false, "created_by" varchar(120) null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor" varchar(40) not null, "actor_name" varchar(200) not null, "operation" text check ("operation" in ('CREATE', 'UPDATE', 'DELETE')) not null, "record_type" varchar(40) not null, "record_id" int not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(64) null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_index" on "audit_entry" ("actor");`);
    this.addSql(`create index "audit_entry_record_type_record_id_index" on "audit_entry" ("record_type", "record_id");`);

    this.addSql(
      `create table "idempotency_key" ("id" serial primary key, "actor" varchar(40) not null, "key" varchar(200) not null, "operation" varchar(60) not null, "request_hash" varchar(64) not null, "record_type" varchar(40) not null, "record_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null);`,
    );
    this.addSql(`create index "idempotency_key_expires_at_index" on "idempotency_key" ("expires_at");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_actor_key_unique" unique ("actor", "key");`);

    this.addSql(
      `create table "officer" ("id" serial primary key, "email" varchar(200) not null, "name" varchar(120) not null, "role" text check ("role" in ('OFFICER', 'ADMIN')) not null, "password_hash" varchar(300) not null, "disabled_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`alter table "officer" add constraint "officer_email_unique" unique ("email");`);

    this.addSql(
      `create table "officer_session" ("id" serial primary key, "officer_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`create index "officer_session_officer_id_index" on "officer_session" ("officer_id");`);
    this.addSql(`alter table "officer_session" add constraint "officer_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "server_setting" ("key" varchar(80) not null, "value" text not null, constraint "server_setting_pkey" primary key ("key"));`);

    this.addSql(
      `alter table "officer_session" add constraint "officer_session_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade on delete cascade;`,
    );

    // The audit log is append-only: the database itself refuses to change or remove a row.
    this.addSql(
      `create function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit log rows cannot be changed or deleted' using errcode = 'P0001'; end; $$;`,
    );
    this.addSql(`create trigger "audit_entry_no_update" before update on "audit_entry" for each row execute function "audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_delete" before delete on "audit_entry" for each row execute function "audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_no_update" on "audit_entry";`);
    this.addSql(`drop trigger if exists "audit_entry_no_delete" on "audit_entry";`);
    this.addSql(`drop trigger if exists "audit_entry_no_truncate" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_append_only"();`);
    this.addSql(`alter table "officer_session" drop constraint "officer_session_officer_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "officer" cascade;`);

    this.addSql(`drop table if exists "officer_session" cascade;`);

    this.addSql(`drop table if exists "server_setting" cascade;`);
  }
}
