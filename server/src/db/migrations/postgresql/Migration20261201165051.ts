import { Migration } from '@mikro-orm/migrations';

export class Migration20261201165051 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "investment_announced_on_index";`);
    this.addSql(`drop index "investment_organization_id_index";`);
    this.addSql(`drop index "investment_park_id_announced_on_index";`);
    this.addSql(`drop index "investment_park_id_index";`);
    this.addSql(`drop index "investment_sector_code_index";`);
    this.addSql(`drop index "investment_stage_index";`);

    this.addSql(`create index "investment_stats_park_index" on "investment" ("park_id", "announced_on", "stage", "amount_usd_minor", "verification");`);
    this.addSql(`create index "investment_stats_sector_index" on "investment" ("sector_code", "announced_on", "amount_usd_minor", "verification");`);
    this.addSql(`create index "investment_stats_stage_index" on "investment" ("stage", "announced_on", "amount_usd_minor", "verification");`);
    this.addSql(`create index "investment_stats_organization_index" on "investment" ("organization_id", "announced_on", "amount_usd_minor", "verification");`);
    this.addSql(`create index "investment_stats_announced_on_index" on "investment" ("announced_on", "amount_usd_minor", "verification");`);

    this.addSql(`drop index "deal_event_id_index";`);
    this.addSql(`drop index "deal_kind_index";`);
    this.addSql(`drop index "deal_park_id_index";`);
    this.addSql(`drop index "deal_signed_on_index";`);

    this.addSql(`create index "deal_stats_park_index" on "deal" ("park_id", "signed_on", "value_usd_minor", "unnamed_party_count", "verification");`);
    this.addSql(`create index "deal_stats_kind_index" on "deal" ("kind", "signed_on", "value_usd_minor", "unnamed_party_count", "verification");`);
    this.addSql(`create index "deal_stats_event_index" on "deal" ("event_id", "signed_on", "value_usd_minor", "unnamed_party_count", "verification");`);
    this.addSql(`create index "deal_stats_signed_on_index" on "deal" ("signed_on", "value_usd_minor", "unnamed_party_count", "verification");`);

    this.addSql(`drop index "tenancy_organization_id_index";`);
    this.addSql(`drop index "tenancy_park_id_index";`);

    this.addSql(`create index "tenancy_stats_park_index" on "tenancy" ("park_id", "signed_on", "exited_on", "status", "organization_id", "verification");`);
    this.addSql(
      `create index "tenancy_stats_organization_index" on "tenancy" ("organization_id", "signed_on", "exited_on", "status", "park_id", "verification");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "deal_stats_park_index";`);
    this.addSql(`drop index "deal_stats_kind_index";`);
    this.addSql(`drop index "deal_stats_event_index";`);
    this.addSql(`drop index "deal_stats_signed_on_index";`);

    this.addSql(`create index "deal_event_id_index" on "deal" ("event_id");`);
    this.addSql(`create index "deal_kind_index" on "deal" ("kind");`);
    this.addSql(`create index "deal_park_id_index" on "deal" ("park_id");`);
    this.addSql(`create index "deal_signed_on_index" on "deal" ("signed_on");`);

    this.addSql(`drop index "investment_stats_park_index";`);
    this.addSql(`drop index "investment_stats_sector_index";`);
    this.addSql(`drop index "investment_stats_stage_index";`);
    this.addSql(`drop index "investment_stats_organization_index";`);
    this.addSql(`drop index "investment_stats_announced_on_index";`);

    this.addSql(`create index "investment_announced_on_index" on "investment" ("announced_on");`);
    this.addSql(`create index "investment_organization_id_index" on "investment" ("organization_id");`);
    this.addSql(`create index "investment_park_id_announced_on_index" on "investment" ("park_id", "announced_on");`);
    this.addSql(`create index "investment_park_id_index" on "investment" ("park_id");`);
    this.addSql(`create index "investment_sector_code_index" on "investment" ("sector_code");`);
    this.addSql(`create index "investment_stage_index" on "investment" ("stage");`);

    this.addSql(`drop index "tenancy_stats_park_index";`);
    this.addSql(`drop index "tenancy_stats_organization_index";`);

    this.addSql(`create index "tenancy_organization_id_index" on "tenancy" ("organization_id");`);
    this.addSql(`create index "tenancy_park_id_index" on "tenancy" ("park_id");`);
  }
}
