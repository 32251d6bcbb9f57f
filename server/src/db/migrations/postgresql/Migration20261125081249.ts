import { Migration } from '@mikro-orm/migrations';

export class Migration20261125081249 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "saved_view" ("id" serial primary key, "name" varchar(120) not null, "path" varchar(60) not null, "query" varchar(2000) not null, "officer_id" int not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "saved_view_officer_id_index" on "saved_view" ("officer_id");`);

    this.addSql(
      `alter table "saved_view" add constraint "saved_view_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_view" cascade;`);
  }
}
