import { Migration } from '@mikro-orm/migrations';

export class Migration20261202092632 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`import_job\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('organizations', 'tenancies', 'investments', 'deals')) not null, \`file_name\` text not null, \`actor\` text not null, \`actor_name\` text not null, \`dry_run\` integer not null, \`state\` text check (\`state\` in ('CHECKING', 'WRITING', 'REFUSED', 'DONE', 'FAILED')) not null, \`rows\` integer not null default 0, \`checked\` integer not null default 0, \`created\` integer not null default 0, \`updated\` integer not null default 0, \`unchanged\` integer not null default 0, \`file_error\` json null, \`problems\` json null, \`problem_count\` integer not null default 0, \`content\` blob null, \`created_at\` datetime not null, \`finished_at\` datetime null);`,
    );
    this.addSql(`create index \`import_job_actor_index\` on \`import_job\` (\`actor\`);`);
  }
}
