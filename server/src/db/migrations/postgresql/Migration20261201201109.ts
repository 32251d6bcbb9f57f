import { Migration } from '@mikro-orm/migrations';

// Russian names (a translation, with who entered it and when) and the search column of names lower-cased in every script.
export class Migration20261201201109 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "organization" add column "name_ru" varchar(200) null, add column "name_ru_by" varchar(120) null, add column "name_ru_at" timestamptz null, add column "search_name" text null;`,
    );
    this.addSql(
      `alter table "park" add column "name_ru" varchar(200) null, add column "name_ru_by" varchar(120) null, add column "name_ru_at" timestamptz null, add column "search_name" text null;`,
    );
    this.addSql(
      `alter table "deal" add column "title_ru" varchar(300) null, add column "title_ru_by" varchar(120) null, add column "title_ru_at" timestamptz null, add column "search_name" text null;`,
    );
    this.addSql(`update "organization" set "search_name" = lower("name_zh") || chr(10) || lower("name_en");`);
    this.addSql(`update "park" set "search_name" = lower("name_zh") || chr(10) || lower("name_en");`);
    this.addSql(`update "deal" set "search_name" = lower("title_zh") || chr(10) || lower("title_en");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "deal" drop column "title_ru", drop column "title_ru_by", drop column "title_ru_at", drop column "search_name";`);
    this.addSql(`alter table "organization" drop column "name_ru", drop column "name_ru_by", drop column "name_ru_at", drop column "search_name";`);
    this.addSql(`alter table "park" drop column "name_ru", drop column "name_ru_by", drop column "name_ru_at", drop column "search_name";`);
  }
}
