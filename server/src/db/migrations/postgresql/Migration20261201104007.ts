import { Migration } from '@mikro-orm/migrations';

// Session epochs and why sessions ended; the audit log's operations grow by the security events.
export class Migration20261201104007 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_operation_check";`);

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_operation_check" check("operation" in ('CREATE', 'UPDATE', 'DELETE', 'REVOKE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSIONS_REVOKED'));`,
    );

    this.addSql(`alter table "officer" add column "session_epoch" int not null default 0;`);

    this.addSql(
      `alter table "officer_session" add column "ended_reason" text check ("ended_reason" in ('ROTATED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'DISABLED', 'REUSE_DETECTED')) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_operation_check";`);

    // Not valid: security events already written stay (audit rows cannot be deleted); new ones are refused.
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_operation_check" check("operation" in ('CREATE', 'UPDATE', 'DELETE')) not valid;`);

    this.addSql(`alter table "officer" drop column "session_epoch";`);

    this.addSql(`alter table "officer_session" drop column "ended_reason";`);
  }
}
