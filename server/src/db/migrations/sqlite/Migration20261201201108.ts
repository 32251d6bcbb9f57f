import { Migration } from '@mikro-orm/migrations';

// Russian names (a translation, with who entered it and when) and the search column of names lower-cased in every script.
export class Migration20261201201108 extends Migration {
  override async up(): Promise<void> {
    for (const [table, name] of [
      ['organization', 'name'],
      ['park', 'name'],
      ['deal', 'title'],
    ] as const) {
      this.addSql(`alter table \`${table}\` add column \`${name}_ru\` text null;`);
      this.addSql(`alter table \`${table}\` add column \`${name}_ru_by\` text null;`);
      this.addSql(`alter table \`${table}\` add column \`${name}_ru_at\` datetime null;`);
      this.addSql(`alter table \`${table}\` add column \`search_name\` text null;`);
      // Existing names are Chinese and English: SQLite's lower() folds them as JavaScript does (the writes keep it up).
      this.addSql(`update \`${table}\` set \`search_name\` = lower(\`${name}_zh\`) || char(10) || lower(\`${name}_en\`);`);
    }
  }
}
