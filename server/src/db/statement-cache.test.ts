import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { cachePreparedStatements } from './statement-cache.js';

describe('prepared statements kept per SQLite connection', () => {
  it('prepares a statement text once and answers the same statement for it again', () => {
    let prepared = 0;
    const conn = { prepare: (sql: string) => ({ sql, n: ++prepared }) };
    cachePreparedStatements(conn, 2);
    const a = conn.prepare('select 1');
    expect(conn.prepare('select 1')).toBe(a);
    expect(prepared).toBe(1);
    conn.prepare('select 2');
    // Using "select 1" again makes "select 2" the least recently used: a third text drops it.
    conn.prepare('select 1');
    conn.prepare('select 3');
    expect(prepared).toBe(3);
    // "select 2" is prepared again (dropping "select 1"); "select 3" stayed.
    conn.prepare('select 2');
    expect(prepared).toBe(4);
    expect(conn.prepare('select 3')).toMatchObject({ n: 3 });
  });

  it('gives right answers from a reused statement with new values, after a failed run and after the schema changed', () => {
    const db = new Database(':memory:');
    cachePreparedStatements(db);
    db.exec('create table t (id integer primary key, v text unique)');
    const insert = (v: string) => (db.prepare('insert into t (v) values (?)') as Database.Statement).run([v]);
    const select = (v: string) => (db.prepare('select v from t where v >= ? order by v') as Database.Statement).all([v]);
    insert('a');
    insert('b');
    expect(() => insert('a')).toThrow(/UNIQUE/);
    insert('c');
    expect(select('b')).toEqual([{ v: 'b' }, { v: 'c' }]);
    expect(select('a')).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'c' }]);
    db.exec('alter table t add column w text');
    expect(select('c')).toEqual([{ v: 'c' }]);
    db.close();
  });
});
