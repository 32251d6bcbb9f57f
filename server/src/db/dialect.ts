// What a DATABASE_URL names, without loading the ORM (the backup command reads only this).

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(databaseUrl: string): Dialect {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgresql';
}

/** The application_name of every connection a Parkscope process opens to PostgreSQL (a restore looks for it). */
export const APPLICATION_NAME = 'parkscope';
