import { Migration } from '@mikro-orm/migrations';

export class Migration20261202041217 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "change_log" ("id" serial primary key, "record_type" varchar(20) not null, "record_id" int null, "version" int null, "kind" varchar(10) not null, "changed_at" timestamptz not null, "verification" varchar(20) null, "count" int null, "seq" bigint null);`,
    );
    this.addSql(`create index "change_log_seq_id_index" on "change_log" ("seq", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "change_log" cascade;`);
  }
}
