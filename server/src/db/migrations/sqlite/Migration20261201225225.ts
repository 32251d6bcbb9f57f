import { Migration } from '@mikro-orm/migrations';

export class Migration20261201225225 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`data_version\` (\`id\` integer not null, \`version\` bigint not null, primary key (\`id\`));`);
  }
}
