// "Today" for everything that depends on it (default periods, default exchange-rate dates), injectable so tests
// pin it. Days are counted in the zone's own time zone, not the server's.

export interface Clock {
  /** Today's date, YYYY-MM-DD, in the clock's time zone. */
  today(): string;
  /** The current instant (session times, audit rows, security events). */
  now(): Date;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock, read in `timeZone` ('Asia/Shanghai' for the demonstration area). */
export function systemClock(timeZone: string, now: () => Date = () => new Date()): Clock {
  // en-CA formats dates as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  // Formatting costs more than a request answered from the cache: the day is read again at most once a second.
  let day = '';
  let until = -Infinity;
  return {
    today: () => {
      const at = now();
      const ms = at.getTime();
      if (ms >= until || ms < until - 1000) {
        day = format.format(at);
        until = ms + 1000;
      }
      return day;
    },
    now,
  };
}

/** A clock stopped on one day (tests); its instants are the wall clock's unless `now` is given. */
export function fixedClock(day: string, now: () => Date = () => new Date()): Clock {
  return { today: () => day, now };
}
