import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6.6's SQLite diff misreads enum checks and would rebuild every table (see schema-check.ts).
// Who hosted, presented at or took part in an event (named organizations, or unnamed ones of a country).
export class Migration20261201110737 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`event_participant\` (\`id\` integer not null primary key autoincrement, \`event_id\` integer not null, \`organization_id\` integer null, \`country\` text null, \`role\` text check (\`role\` in ('HOST', 'PRESENTER', 'PARTICIPANT')) not null, \`description_zh\` text null, \`description_en\` text null, \`and_others\` integer not null default false, \`position\` integer not null default 0, constraint \`event_participant_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade, constraint \`event_participant_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`event_participant_event_id_index\` on \`event_participant\` (\`event_id\`);`);
    this.addSql(`create index \`event_participant_organization_id_index\` on \`event_participant\` (\`organization_id\`);`);
    this.addSql(`create index \`event_participant_country_index\` on \`event_participant\` (\`country\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`event_participant\`;`);
  }
}
