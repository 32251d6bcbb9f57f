import { Migration } from '@mikro-orm/migrations';

export class Migration20261124121934 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`exchange_rate\` (\`id\` integer not null primary key autoincrement, \`currency\` text not null, \`valid_from\` date not null, \`usd_per_unit\` numeric(24,12) not null, \`note\` text not null, \`approximate\` integer not null default true, \`entered_on\` date not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`exchange_rate_currency_valid_from_unique\` on \`exchange_rate\` (\`currency\`, \`valid_from\`);`);

    this.addSql(
      `create table \`organization\` (\`id\` integer not null primary key autoincrement, \`external_key\` text null, \`verification\` text check (\`verification\` in ('VERIFIED', 'RECORDED', 'DEMO')) not null, \`recorded_by\` text null, \`recorded_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name_zh\` text not null, \`name_en\` text not null, \`country\` text null, \`kind\` text check (\`kind\` in ('COMPANY', 'STATE_OWNED_ENTERPRISE', 'GOVERNMENT_BODY', 'RESEARCH_INSTITUTE', 'ALLIANCE', 'ECONOMIC_ZONE')) not null, \`website\` text null, \`description_zh\` text null, \`description_en\` text null);`,
    );
    this.addSql(`create unique index \`organization_external_key_unique\` on \`organization\` (\`external_key\`);`);
    this.addSql(`create index \`organization_verification_index\` on \`organization\` (\`verification\`);`);
    this.addSql(`create index \`organization_name_zh_index\` on \`organization\` (\`name_zh\`);`);
    this.addSql(`create index \`organization_name_en_index\` on \`organization\` (\`name_en\`);`);
    this.addSql(`create index \`organization_country_index\` on \`organization\` (\`country\`);`);
    this.addSql(`create index \`organization_kind_index\` on \`organization\` (\`kind\`);`);

    this.addSql(
      `create table \`park\` (\`id\` integer not null primary key autoincrement, \`external_key\` text null, \`verification\` text check (\`verification\` in ('VERIFIED', 'RECORDED', 'DEMO')) not null, \`recorded_by\` text null, \`recorded_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`kind\` text check (\`kind\` in ('INDUSTRIAL_PARK', 'LOGISTICS_HUB', 'PLATFORM')) not null, \`name_zh\` text not null, \`name_en\` text not null, \`parent_id\` integer null, \`positioning_zh\` text null, \`positioning_en\` text null, \`status\` text check (\`status\` in ('PLANNED', 'UNDER_CONSTRUCTION', 'CONSTRUCTION_COMPLETED', 'OPERATING', 'UNKNOWN')) not null, \`location_zh\` text null, \`location_en\` text null, \`latitude\` double null, \`longitude\` double null, \`coordinates_approximate\` integer not null default true, \`land_area_mu\` double null, \`completed_on\` text null, \`unveiled_on\` text null, \`facilities\` json null, \`planned_investment_minor\` bigint null, \`planned_investment_currency\` text null, \`planned_investment_usd_minor\` bigint null, \`expected_annual_output_minor\` bigint null, \`expected_annual_output_currency\` text null, \`expected_annual_output_usd_minor\` bigint null, \`expected_annual_profit_minor\` bigint null, \`expected_annual_profit_currency\` text null, \`expected_annual_profit_usd_minor\` bigint null, \`figures_as_of\` date null, constraint \`park_parent_id_foreign\` foreign key(\`parent_id\`) references \`park\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`park_external_key_unique\` on \`park\` (\`external_key\`);`);
    this.addSql(`create index \`park_verification_index\` on \`park\` (\`verification\`);`);
    this.addSql(`create unique index \`park_slug_unique\` on \`park\` (\`slug\`);`);
    this.addSql(`create index \`park_kind_index\` on \`park\` (\`kind\`);`);
    this.addSql(`create index \`park_parent_id_index\` on \`park\` (\`parent_id\`);`);
    this.addSql(`create index \`park_status_index\` on \`park\` (\`status\`);`);

    this.addSql(
      `create table \`sector\` (\`code\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`sort_order\` integer not null, primary key (\`code\`));`,
    );

    this.addSql(
      `create table \`park_focus_sector\` (\`park_id\` integer not null, \`sector_code\` text not null, constraint \`park_focus_sector_park_id_foreign\` foreign key(\`park_id\`) references \`park\`(\`id\`) on delete cascade on update cascade, constraint \`park_focus_sector_sector_code_foreign\` foreign key(\`sector_code\`) references \`sector\`(\`code\`) on update cascade, primary key (\`park_id\`, \`sector_code\`));`,
    );
    this.addSql(`create index \`park_focus_sector_park_id_index\` on \`park_focus_sector\` (\`park_id\`);`);
    this.addSql(`create index \`park_focus_sector_sector_code_index\` on \`park_focus_sector\` (\`sector_code\`);`);

    this.addSql(
      `create table \`organization_sector\` (\`organization_id\` integer not null, \`sector_code\` text not null, constraint \`organization_sector_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade, constraint \`organization_sector_sector_code_foreign\` foreign key(\`sector_code\`) references \`sector\`(\`code\`) on update cascade, primary key (\`organization_id\`, \`sector_code\`));`,
    );
    this.addSql(`create index \`organization_sector_organization_id_index\` on \`organization_sector\` (\`organization_id\`);`);
    this.addSql(`create index \`organization_sector_sector_code_index\` on \`organization_sector\` (\`sector_code\`);`);

    this.addSql(
      `create table \`investment\` (\`id\` integer not null primary key autoincrement, \`external_key\` text null, \`verification\` text check (\`verification\` in ('VERIFIED', 'RECORDED', 'DEMO')) not null, \`recorded_by\` text null, \`recorded_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer null, \`park_id\` integer not null, \`sector_code\` text not null, \`stage\` text check (\`stage\` in ('LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING')) not null, \`amount_minor\` bigint null, \`amount_currency\` text null, \`amount_usd_minor\` bigint null, \`announced_on\` date null, \`expected_jobs\` integer null, \`expected_annual_output_minor\` bigint null, \`expected_annual_output_currency\` text null, \`expected_annual_output_usd_minor\` bigint null, constraint \`investment_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, constraint \`investment_park_id_foreign\` foreign key(\`park_id\`) references \`park\`(\`id\`) on update cascade, constraint \`investment_sector_code_foreign\` foreign key(\`sector_code\`) references \`sector\`(\`code\`) on update cascade);`,
    );
    this.addSql(`create unique index \`investment_external_key_unique\` on \`investment\` (\`external_key\`);`);
    this.addSql(`create index \`investment_verification_index\` on \`investment\` (\`verification\`);`);
    this.addSql(`create index \`investment_organization_id_index\` on \`investment\` (\`organization_id\`);`);
    this.addSql(`create index \`investment_park_id_index\` on \`investment\` (\`park_id\`);`);
    this.addSql(`create index \`investment_sector_code_index\` on \`investment\` (\`sector_code\`);`);
    this.addSql(`create index \`investment_stage_index\` on \`investment\` (\`stage\`);`);
    this.addSql(`create index \`investment_announced_on_index\` on \`investment\` (\`announced_on\`);`);
    this.addSql(`create index \`investment_park_id_announced_on_index\` on \`investment\` (\`park_id\`, \`announced_on\`);`);
    this.addSql(`create index \`investment_amount_usd_minor_index\` on \`investment\` (\`amount_usd_minor\`);`);

    this.addSql(
      `create table \`event\` (\`id\` integer not null primary key autoincrement, \`external_key\` text null, \`verification\` text check (\`verification\` in ('VERIFIED', 'RECORDED', 'DEMO')) not null, \`recorded_by\` text null, \`recorded_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name_zh\` text not null, \`name_en\` text not null, \`parent_id\` integer null, \`starts_on\` date null, \`part_of_day_zh\` text null, \`part_of_day_en\` text null, \`venue_zh\` text null, \`venue_en\` text null, \`sector_code\` text null, \`theme_zh\` text null, \`theme_en\` text null, constraint \`event_parent_id_foreign\` foreign key(\`parent_id\`) references \`event\`(\`id\`) on delete set null on update cascade, constraint \`event_sector_code_foreign\` foreign key(\`sector_code\`) references \`sector\`(\`code\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`event_external_key_unique\` on \`event\` (\`external_key\`);`);
    this.addSql(`create index \`event_verification_index\` on \`event\` (\`verification\`);`);
    this.addSql(`create index \`event_parent_id_index\` on \`event\` (\`parent_id\`);`);
    this.addSql(`create index \`event_starts_on_index\` on \`event\` (\`starts_on\`);`);
    this.addSql(`create index \`event_sector_code_index\` on \`event\` (\`sector_code\`);`);

    this.addSql(
      `create table \`deal\` (\`id\` integer not null primary key autoincrement, \`external_key\` text null, \`verification\` text check (\`verification\` in ('VERIFIED', 'RECORDED', 'DEMO')) not null, \`recorded_by\` text null, \`recorded_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU')) not null, \`title_zh\` text not null, \`title_en\` text not null, \`signed_on\` date not null, \`park_id\` integer null, \`event_id\` integer null, \`unnamed_party_count\` integer not null default 0, \`value_minor\` bigint null, \`value_currency\` text null, \`value_usd_minor\` bigint null, constraint \`deal_park_id_foreign\` foreign key(\`park_id\`) references \`park\`(\`id\`) on delete set null on update cascade, constraint \`deal_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`deal_external_key_unique\` on \`deal\` (\`external_key\`);`);
    this.addSql(`create index \`deal_verification_index\` on \`deal\` (\`verification\`);`);
    this.addSql(`create index \`deal_kind_index\` on \`deal\` (\`kind\`);`);
    this.addSql(`create index \`deal_signed_on_index\` on \`deal\` (\`signed_on\`);`);
    this.addSql(`create index \`deal_park_id_index\` on \`deal\` (\`park_id\`);`);
    this.addSql(`create index \`deal_event_id_index\` on \`deal\` (\`event_id\`);`);

    this.addSql(
      `create table \`deal_party\` (\`id\` integer not null primary key autoincrement, \`deal_id\` integer not null, \`organization_id\` integer not null, \`role\` text check (\`role\` in ('PARTY', 'GOVERNMENT', 'PARK_OPERATOR', 'TENANT', 'INVESTOR')) not null, \`position\` integer not null default 0, constraint \`deal_party_deal_id_foreign\` foreign key(\`deal_id\`) references \`deal\`(\`id\`) on delete cascade on update cascade, constraint \`deal_party_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`deal_party_deal_id_index\` on \`deal_party\` (\`deal_id\`);`);
    this.addSql(`create index \`deal_party_organization_id_index\` on \`deal_party\` (\`organization_id\`);`);
    this.addSql(`create unique index \`deal_party_deal_id_organization_id_role_unique\` on \`deal_party\` (\`deal_id\`, \`organization_id\`, \`role\`);`);

    this.addSql(
      `create table \`source\` (\`id\` integer not null primary key autoincrement, \`key\` text not null, \`publisher_zh\` text not null, \`publisher_en\` text not null, \`author\` text null, \`event_date\` date null, \`published_on\` date null, \`url\` text null, \`created_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`source_key_unique\` on \`source\` (\`key\`);`);

    this.addSql(
      `create table \`citation\` (\`id\` integer not null primary key autoincrement, \`source_id\` integer not null, \`subject_type\` text not null, \`subject_id\` integer not null, \`quote\` text not null, \`fields\` json not null, \`position\` integer not null default 0, constraint \`citation_source_id_foreign\` foreign key(\`source_id\`) references \`source\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`citation_source_id_index\` on \`citation\` (\`source_id\`);`);
    this.addSql(`create index \`citation_subject_type_subject_id_index\` on \`citation\` (\`subject_type\`, \`subject_id\`);`);

    this.addSql(
      `create table \`tenancy\` (\`id\` integer not null primary key autoincrement, \`external_key\` text null, \`verification\` text check (\`verification\` in ('VERIFIED', 'RECORDED', 'DEMO')) not null, \`recorded_by\` text null, \`recorded_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`park_id\` integer not null, \`status\` text check (\`status\` in ('SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED')) not null, \`signed_on\` date null, \`moved_in_on\` date null, \`exited_on\` date null, \`leased_area_m2\` double null, constraint \`tenancy_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`tenancy_park_id_foreign\` foreign key(\`park_id\`) references \`park\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`tenancy_external_key_unique\` on \`tenancy\` (\`external_key\`);`);
    this.addSql(`create index \`tenancy_verification_index\` on \`tenancy\` (\`verification\`);`);
    this.addSql(`create index \`tenancy_organization_id_index\` on \`tenancy\` (\`organization_id\`);`);
    this.addSql(`create index \`tenancy_park_id_index\` on \`tenancy\` (\`park_id\`);`);
    this.addSql(`create index \`tenancy_status_index\` on \`tenancy\` (\`status\`);`);
    this.addSql(`create index \`tenancy_signed_on_index\` on \`tenancy\` (\`signed_on\`);`);
  }
}
