import { Migration } from '@mikro-orm/migrations';

/** A deal's named-party count beside its parties (statistics add it up on the covering indexes, which now hold it). */
export class Migration20261202094211 extends Migration {
  override async up(): Promise<void> {
    for (const name of ['deal_stats_event_index', 'deal_stats_kind_index', 'deal_stats_park_index', 'deal_stats_signed_on_index']) {
      this.addSql(`drop index if exists \`${name}\`;`);
    }
    this.addSql(`alter table \`deal\` add column \`named_party_count\` integer not null default 0;`);
    this.addSql(`update \`deal\` set \`named_party_count\` = (select count(*) from \`deal_party\` where \`deal_party\`.\`deal_id\` = \`deal\`.\`id\`);`);
    this.addSql(
      `create index \`deal_stats_event_index\` on \`deal\` (\`event_id\`, \`signed_on\`, \`value_usd_minor\`, \`unnamed_party_count\`, \`named_party_count\`, \`verification\`);`,
    );
    this.addSql(
      `create index \`deal_stats_kind_index\` on \`deal\` (\`kind\`, \`signed_on\`, \`value_usd_minor\`, \`unnamed_party_count\`, \`named_party_count\`, \`verification\`);`,
    );
    this.addSql(
      `create index \`deal_stats_park_index\` on \`deal\` (\`park_id\`, \`signed_on\`, \`value_usd_minor\`, \`unnamed_party_count\`, \`named_party_count\`, \`verification\`);`,
    );
    this.addSql(
      `create index \`deal_stats_signed_on_index\` on \`deal\` (\`signed_on\`, \`value_usd_minor\`, \`unnamed_party_count\`, \`named_party_count\`, \`verification\`);`,
    );
  }
}
