import { Migration } from '@mikro-orm/migrations';

export class Migration20261201174200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index \`investment_stats_park_index\`;`);
    this.addSql(
      `create index \`investment_stats_park_index\` on \`investment\` (\`park_id\`, \`announced_on\`, \`sector_code\`, \`stage\`, \`organization_id\`, \`amount_usd_minor\`, \`verification\`);`,
    );
    this.addSql(`drop index \`investment_stats_sector_index\`;`);
    this.addSql(
      `create index \`investment_stats_sector_index\` on \`investment\` (\`sector_code\`, \`announced_on\`, \`park_id\`, \`stage\`, \`organization_id\`, \`amount_usd_minor\`, \`verification\`);`,
    );
    this.addSql(`drop index \`investment_stats_stage_index\`;`);
    this.addSql(
      `create index \`investment_stats_stage_index\` on \`investment\` (\`stage\`, \`announced_on\`, \`park_id\`, \`sector_code\`, \`organization_id\`, \`amount_usd_minor\`, \`verification\`);`,
    );
    this.addSql(`drop index \`investment_stats_organization_index\`;`);
    this.addSql(
      `create index \`investment_stats_organization_index\` on \`investment\` (\`organization_id\`, \`announced_on\`, \`park_id\`, \`sector_code\`, \`stage\`, \`amount_usd_minor\`, \`verification\`);`,
    );
    this.addSql(`drop index \`investment_stats_announced_on_index\`;`);
    this.addSql(
      `create index \`investment_stats_announced_on_index\` on \`investment\` (\`announced_on\`, \`park_id\`, \`sector_code\`, \`stage\`, \`organization_id\`, \`amount_usd_minor\`, \`verification\`);`,
    );
  }
}
