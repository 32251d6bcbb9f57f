import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065313 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "enquiry" ("id" serial primary key, "reference" varchar(16) not null, "form_nonce" varchar(32) not null, "company" varchar(200) not null, "country" varchar(2) not null, "sector_code" varchar(40) not null, "land_mu" double precision not null, "planned_minor" bigint null, "planned_currency" varchar(3) null, "planned_usd_minor" bigint null, "contact_name" varchar(120) null, "email" varchar(200) null, "phone" varchar(40) null, "message" text null, "park_ids" jsonb not null, "consent" boolean not null, "language" text check ("language" in ('ZH', 'EN', 'RU')) not null, "received_at" timestamptz not null, "erased_at" timestamptz null, "status" text check ("status" in ('NEW', 'CONTACTED', 'CONVERTED', 'DECLINED')) not null, "handled_by_id" int null, "notes" text null, "organization_id" int null, "investment_id" int null, "version" int not null default 1);`,
    );
    this.addSql(`alter table "enquiry" add constraint "enquiry_reference_unique" unique ("reference");`);
    this.addSql(`alter table "enquiry" add constraint "enquiry_form_nonce_unique" unique ("form_nonce");`);
    this.addSql(`create index "enquiry_received_at_index" on "enquiry" ("received_at");`);
    this.addSql(`create index "enquiry_status_id_index" on "enquiry" ("status", "id");`);

    this.addSql(
      `alter table "enquiry" add constraint "enquiry_sector_code_foreign" foreign key ("sector_code") references "sector" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "enquiry" add constraint "enquiry_handled_by_id_foreign" foreign key ("handled_by_id") references "officer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "enquiry" add constraint "enquiry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "enquiry" add constraint "enquiry_investment_id_foreign" foreign key ("investment_id") references "investment" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_operation_check";`);

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_operation_check" check("operation" in ('CREATE', 'UPDATE', 'DELETE', 'REVOKE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSIONS_REVOKED', 'ERASE'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enquiry" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_operation_check";`);

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_operation_check" check("operation" in ('CREATE', 'UPDATE', 'DELETE', 'REVOKE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSIONS_REVOKED'));`,
    );
  }
}
