import { Migration } from '@mikro-orm/migrations';

// Events' Russian names (a translation, with who entered it and when) and their search column, as parks have them.
export class Migration20261201231001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "event" add column "name_ru" varchar(200) null, add column "name_ru_by" varchar(120) null, add column "name_ru_at" timestamptz null, add column "search_name" text null;`,
    );
    this.addSql(`update "event" set "search_name" = lower("name_zh") || chr(10) || lower("name_en");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "event" drop column "name_ru", drop column "name_ru_by", drop column "name_ru_at", drop column "search_name";`);
  }
}
