import { Migration } from '@mikro-orm/migrations';

// Events' Russian names (a translation, with who entered it and when) and their search column, as parks have them.
export class Migration20261201231000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `event` add column `name_ru` text null;');
    this.addSql('alter table `event` add column `name_ru_by` text null;');
    this.addSql('alter table `event` add column `name_ru_at` datetime null;');
    this.addSql('alter table `event` add column `search_name` text null;');
    // Existing names are Chinese and English: SQLite's lower() folds them as JavaScript does (the writes keep it up).
    this.addSql('update `event` set `search_name` = lower(`name_zh`) || char(10) || lower(`name_en`);');
  }
}
