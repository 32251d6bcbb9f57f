import { Migration } from '@mikro-orm/migrations';

export class Migration20261201225227 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("id" int not null, "version" bigint not null, constraint "data_version_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_version" cascade;`);
  }
}
