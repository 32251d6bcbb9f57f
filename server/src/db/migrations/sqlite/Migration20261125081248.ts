import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6.6's SQLite diff misreads enum checks and would rebuild every table (see schema-check.ts).
export class Migration20261125081248 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`saved_view\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`path\` text not null, \`query\` text not null, \`officer_id\` integer not null, \`created_at\` datetime not null, constraint \`saved_view_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`saved_view_officer_id_index\` on \`saved_view\` (\`officer_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`saved_view\`;`);
  }
}
