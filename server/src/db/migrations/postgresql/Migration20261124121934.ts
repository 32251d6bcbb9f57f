import { Migration } from '@mikro-orm/migrations';

export class Migration20261124121934 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "exchange_rate" ("id" serial primary key, "currency" varchar(3) not null, "valid_from" date not null, "usd_per_unit" numeric(24,12) not null, "note" varchar(200) not null, "approximate" boolean not null default true, "entered_on" date not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`alter table "exchange_rate" add constraint "exchange_rate_currency_valid_from_unique" unique ("currency", "valid_from");`);

    this.addSql(
      `create table "organization" ("id" serial primary key, "external_key" varchar(120) null, "verification" text check ("verification" in ('VERIFIED', 'RECORDED', 'DEMO')) not null, "recorded_by" varchar(120) null, "recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "country" varchar(2) null, "kind" text check ("kind" in ('COMPANY', 'STATE_OWNED_ENTERPRISE', 'GOVERNMENT_BODY', 'RESEARCH_INSTITUTE', 'ALLIANCE', 'ECONOMIC_ZONE')) not null, "website" varchar(300) null, "description_zh" text null, "description_en" text null);`,
    );
    this.addSql(`alter table "organization" add constraint "organization_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "organization_verification_index" on "organization" ("verification");`);
    this.addSql(`create index "organization_name_zh_index" on "organization" ("name_zh");`);
    this.addSql(`create index "organization_name_en_index" on "organization" ("name_en");`);
    this.addSql(`create index "organization_country_index" on "organization" ("country");`);
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);

    this.addSql(
      `create table "park" ("id" serial primary key, "external_key" varchar(120) null, "verification" text check ("verification" in ('VERIFIED', 'RECORDED', 'DEMO')) not null, "recorded_by" varchar(120) null, "recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(80) not null, "kind" text check ("kind" in ('INDUSTRIAL_PARK', 'LOGISTICS_HUB', 'PLATFORM')) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "parent_id" int null, "positioning_zh" text null, "positioning_en" text null, "status" text check ("status" in ('PLANNED', 'UNDER_CONSTRUCTION', 'CONSTRUCTION_COMPLETED', 'OPERATING', 'UNKNOWN')) not null, "location_zh" varchar(200) null, "location_en" varchar(200) null, "latitude" double precision null, "longitude" double precision null, "coordinates_approximate" boolean not null default true, "land_area_mu" double precision null, "completed_on" varchar(10) null, "unveiled_on" varchar(10) null, "facilities" jsonb null, "planned_investment_minor" bigint null, "planned_investment_currency" varchar(3) null, "planned_investment_usd_minor" bigint null, "expected_annual_output_minor" bigint null, "expected_annual_output_currency" varchar(3) null, "expected_annual_output_usd_minor" bigint null, "expected_annual_profit_minor" bigint null, "expected_annual_profit_currency" varchar(3) null, "expected_annual_profit_usd_minor" bigint null, "figures_as_of" date null);`,
    );
    this.addSql(`alter table "park" add constraint "park_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "park_verification_index" on "park" ("verification");`);
    this.addSql(`alter table "park" add constraint "park_slug_unique" unique ("slug");`);
    this.addSql(`create index "park_kind_index" on "park" ("kind");`);
    this.addSql(`create index "park_parent_id_index" on "park" ("parent_id");`);
    this.addSql(`create index "park_status_index" on "park" ("status");`);

    this.addSql(
      `create table "sector" ("code" varchar(40) not null, "name_zh" varchar(60) not null, "name_en" varchar(80) not null, "sort_order" int not null, constraint "sector_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "park_focus_sector" ("park_id" int not null, "sector_code" varchar(40) not null, constraint "park_focus_sector_pkey" primary key ("park_id", "sector_code"));`,
    );
    this.addSql(`create index "park_focus_sector_park_id_index" on "park_focus_sector" ("park_id");`);
    this.addSql(`create index "park_focus_sector_sector_code_index" on "park_focus_sector" ("sector_code");`);

    this.addSql(
      `create table "organization_sector" ("organization_id" int not null, "sector_code" varchar(40) not null, constraint "organization_sector_pkey" primary key ("organization_id", "sector_code"));`,
    );
    this.addSql(`create index "organization_sector_organization_id_index" on "organization_sector" ("organization_id");`);
    this.addSql(`create index "organization_sector_sector_code_index" on "organization_sector" ("sector_code");`);

    this.addSql(
      `create table "investment" ("id" serial primary key, "external_key" varchar(120) null, "verification" text check ("verification" in ('VERIFIED', 'RECORDED', 'DEMO')) not null, "recorded_by" varchar(120) null, "recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int null, "park_id" int not null, "sector_code" varchar(40) not null, "stage" text check ("stage" in ('LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING')) not null, "amount_minor" bigint null, "amount_currency" varchar(3) null, "amount_usd_minor" bigint null, "announced_on" date null, "expected_jobs" int null, "expected_annual_output_minor" bigint null, "expected_annual_output_currency" varchar(3) null, "expected_annual_output_usd_minor" bigint null);`,
    );
    this.addSql(`alter table "investment" add constraint "investment_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "investment_verification_index" on "investment" ("verification");`);
    this.addSql(`create index "investment_organization_id_index" on "investment" ("organization_id");`);
    this.addSql(`create index "investment_park_id_index" on "investment" ("park_id");`);
    this.addSql(`create index "investment_sector_code_index" on "investment" ("sector_code");`);
    this.addSql(`create index "investment_stage_index" on "investment" ("stage");`);
    this.addSql(`create index "investment_announced_on_index" on "investment" ("announced_on");`);
    this.addSql(`create index "investment_park_id_announced_on_index" on "investment" ("park_id", "announced_on");`);
    this.addSql(`create index "investment_amount_usd_minor_index" on "investment" ("amount_usd_minor");`);

    this.addSql(
      `create table "event" ("id" serial primary key, "external_key" varchar(120) null, "verification" text check ("verification" in ('VERIFIED', 'RECORDED', 'DEMO')) not null, "recorded_by" varchar(120) null, "recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "parent_id" int null, "starts_on" date null, "part_of_day_zh" varchar(40) null, "part_of_day_en" varchar(40) null, "venue_zh" varchar(200) null, "venue_en" varchar(200) null, "sector_code" varchar(40) null, "theme_zh" varchar(200) null, "theme_en" varchar(200) null);`,
    );
    this.addSql(`alter table "event" add constraint "event_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "event_verification_index" on "event" ("verification");`);
    this.addSql(`create index "event_parent_id_index" on "event" ("parent_id");`);
    this.addSql(`create index "event_starts_on_index" on "event" ("starts_on");`);
    this.addSql(`create index "event_sector_code_index" on "event" ("sector_code");`);

    this.addSql(
      `create table "deal" ("id" serial primary key, "external_key" varchar(120) null, "verification" text check ("verification" in ('VERIFIED', 'RECORDED', 'DEMO')) not null, "recorded_by" varchar(120) null, "recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU')) not null, "title_zh" varchar(300) not null, "title_en" varchar(300) not null, "signed_on" date not null, "park_id" int null, "event_id" int null, "unnamed_party_count" int not null default 0, "value_minor" bigint null, "value_currency" varchar(3) null, "value_usd_minor" bigint null);`,
    );
    this.addSql(`alter table "deal" add constraint "deal_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "deal_verification_index" on "deal" ("verification");`);
    this.addSql(`create index "deal_kind_index" on "deal" ("kind");`);
    this.addSql(`create index "deal_signed_on_index" on "deal" ("signed_on");`);
    this.addSql(`create index "deal_park_id_index" on "deal" ("park_id");`);
    this.addSql(`create index "deal_event_id_index" on "deal" ("event_id");`);

    this.addSql(
      `create table "deal_party" ("id" serial primary key, "deal_id" int not null, "organization_id" int not null, "role" text check ("role" in ('PARTY', 'GOVERNMENT', 'PARK_OPERATOR', 'TENANT', 'INVESTOR')) not null, "position" int not null default 0);`,
    );
    this.addSql(`create index "deal_party_deal_id_index" on "deal_party" ("deal_id");`);
    this.addSql(`create index "deal_party_organization_id_index" on "deal_party" ("organization_id");`);
    this.addSql(`alter table "deal_party" add constraint "deal_party_deal_id_organization_id_role_unique" unique ("deal_id", "organization_id", "role");`);

    this.addSql(
      `create table "source" ("id" serial primary key, "key" varchar(120) not null, "publisher_zh" varchar(200) not null, "publisher_en" varchar(200) not null, "author" varchar(200) null, "event_date" date null, "published_on" date null, "url" varchar(500) null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "source" add constraint "source_key_unique" unique ("key");`);

    this.addSql(
      `create table "citation" ("id" serial primary key, "source_id" int not null, "subject_type" varchar(40) not null, "subject_id" int not null, "quote" text not null, "fields" jsonb not null, "position" int not null default 0);`,
    );
    this.addSql(`create index "citation_source_id_index" on "citation" ("source_id");`);
    this.addSql(`create index "citation_subject_type_subject_id_index" on "citation" ("subject_type", "subject_id");`);

    this.addSql(
      `create table "tenancy" ("id" serial primary key, "external_key" varchar(120) null, "verification" text check ("verification" in ('VERIFIED', 'RECORDED', 'DEMO')) not null, "recorded_by" varchar(120) null, "recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "park_id" int not null, "status" text check ("status" in ('SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED')) not null, "signed_on" date null, "moved_in_on" date null, "exited_on" date null, "leased_area_m2" double precision null);`,
    );
    this.addSql(`alter table "tenancy" add constraint "tenancy_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "tenancy_verification_index" on "tenancy" ("verification");`);
    this.addSql(`create index "tenancy_organization_id_index" on "tenancy" ("organization_id");`);
    this.addSql(`create index "tenancy_park_id_index" on "tenancy" ("park_id");`);
    this.addSql(`create index "tenancy_status_index" on "tenancy" ("status");`);
    this.addSql(`create index "tenancy_signed_on_index" on "tenancy" ("signed_on");`);

    this.addSql(
      `alter table "park" add constraint "park_parent_id_foreign" foreign key ("parent_id") references "park" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "park_focus_sector" add constraint "park_focus_sector_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "park_focus_sector" add constraint "park_focus_sector_sector_code_foreign" foreign key ("sector_code") references "sector" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "organization_sector" add constraint "organization_sector_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_sector" add constraint "organization_sector_sector_code_foreign" foreign key ("sector_code") references "sector" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "investment" add constraint "investment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "investment" add constraint "investment_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade;`);
    this.addSql(
      `alter table "investment" add constraint "investment_sector_code_foreign" foreign key ("sector_code") references "sector" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "event" add constraint "event_parent_id_foreign" foreign key ("parent_id") references "event" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "event" add constraint "event_sector_code_foreign" foreign key ("sector_code") references "sector" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "deal" add constraint "deal_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "deal" add constraint "deal_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "deal_party" add constraint "deal_party_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deal_party" add constraint "deal_party_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(`alter table "citation" add constraint "citation_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;`);

    this.addSql(
      `alter table "tenancy" add constraint "tenancy_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(`alter table "tenancy" add constraint "tenancy_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization_sector" drop constraint "organization_sector_organization_id_foreign";`);

    this.addSql(`alter table "investment" drop constraint "investment_organization_id_foreign";`);

    this.addSql(`alter table "deal_party" drop constraint "deal_party_organization_id_foreign";`);

    this.addSql(`alter table "tenancy" drop constraint "tenancy_organization_id_foreign";`);

    this.addSql(`alter table "park" drop constraint "park_parent_id_foreign";`);

    this.addSql(`alter table "park_focus_sector" drop constraint "park_focus_sector_park_id_foreign";`);

    this.addSql(`alter table "investment" drop constraint "investment_park_id_foreign";`);

    this.addSql(`alter table "deal" drop constraint "deal_park_id_foreign";`);

    this.addSql(`alter table "tenancy" drop constraint "tenancy_park_id_foreign";`);

    this.addSql(`alter table "park_focus_sector" drop constraint "park_focus_sector_sector_code_foreign";`);

    this.addSql(`alter table "organization_sector" drop constraint "organization_sector_sector_code_foreign";`);

    this.addSql(`alter table "investment" drop constraint "investment_sector_code_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_sector_code_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_parent_id_foreign";`);

    this.addSql(`alter table "deal" drop constraint "deal_event_id_foreign";`);

    this.addSql(`alter table "deal_party" drop constraint "deal_party_deal_id_foreign";`);

    this.addSql(`alter table "citation" drop constraint "citation_source_id_foreign";`);

    this.addSql(`drop table if exists "exchange_rate" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "park" cascade;`);

    this.addSql(`drop table if exists "sector" cascade;`);

    this.addSql(`drop table if exists "park_focus_sector" cascade;`);

    this.addSql(`drop table if exists "organization_sector" cascade;`);

    this.addSql(`drop table if exists "investment" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "deal" cascade;`);

    this.addSql(`drop table if exists "deal_party" cascade;`);

    this.addSql(`drop table if exists "source" cascade;`);

    this.addSql(`drop table if exists "citation" cascade;`);

    this.addSql(`drop table if exists "tenancy" cascade;`);
  }
}
