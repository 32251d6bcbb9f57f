import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200108 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "investment_summary" ("a_dim" varchar(16) not null, "a_val" varchar(64) not null, "b_dim" varchar(16) not null, "b_val" varchar(64) not null, "month" varchar(7) not null, "verification" varchar(16) not null, "n" int not null, "v" int not null, "t" bigint not null, constraint "investment_summary_pkey" primary key ("a_dim", "a_val", "b_dim", "b_val", "month", "verification"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "investment_summary" cascade;`);
  }
}
