import { Migration } from '@mikro-orm/migrations';

export class Migration20261202092633 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "import_job" ("id" serial primary key, "kind" text check ("kind" in ('organizations', 'tenancies', 'investments', 'deals')) not null, "file_name" varchar(255) not null, "actor" varchar(40) not null, "actor_name" varchar(200) not null, "dry_run" boolean not null, "state" text check ("state" in ('CHECKING', 'WRITING', 'REFUSED', 'DONE', 'FAILED')) not null, "rows" int not null default 0, "checked" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "file_error" jsonb null, "problems" jsonb null, "problem_count" int not null default 0, "content" bytea null, "created_at" timestamptz not null, "finished_at" timestamptz null);`,
    );
    this.addSql(`create index "import_job_actor_index" on "import_job" ("actor");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`);
  }
}
