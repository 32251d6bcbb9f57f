import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200104 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`investment_summary\` (\`a_dim\` text not null, \`a_val\` text not null, \`b_dim\` text not null, \`b_val\` text not null, \`month\` text not null, \`verification\` text not null, \`n\` integer not null, \`v\` integer not null, \`t\` bigint not null, primary key (\`a_dim\`, \`a_val\`, \`b_dim\`, \`b_val\`, \`month\`, \`verification\`));`,
    );
  }
}
