import { Migration } from '@mikro-orm/migrations';

export class Migration20261202041214 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`change_log\` (\`id\` integer not null primary key autoincrement, \`record_type\` text not null, \`record_id\` integer null, \`version\` integer null, \`kind\` text not null, \`changed_at\` datetime not null, \`verification\` text null, \`count\` integer null, \`seq\` bigint null);`,
    );
    this.addSql(`create index \`change_log_seq_id_index\` on \`change_log\` (\`seq\`, \`id\`);`);
  }
}
