import { Migration } from '@mikro-orm/migrations';

// Who hosted, presented at or took part in an event (named organizations, or unnamed ones of a country).
export class Migration20261201110739 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "event_participant" ("id" serial primary key, "event_id" int not null, "organization_id" int null, "country" varchar(2) null, "role" text check ("role" in ('HOST', 'PRESENTER', 'PARTICIPANT')) not null, "description_zh" varchar(300) null, "description_en" varchar(300) null, "and_others" boolean not null default false, "position" int not null default 0);`,
    );
    this.addSql(`create index "event_participant_event_id_index" on "event_participant" ("event_id");`);
    this.addSql(`create index "event_participant_organization_id_index" on "event_participant" ("organization_id");`);
    this.addSql(`create index "event_participant_country_index" on "event_participant" ("country");`);

    this.addSql(
      `alter table "event_participant" add constraint "event_participant_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_participant" add constraint "event_participant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_participant" cascade;`);
  }
}
