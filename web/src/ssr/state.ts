/** The id of the `<script type="application/json">` that carries a server-rendered page's Apollo cache (written by server/src/http/pages.ts). */
export const APOLLO_STATE_ID = 'apollo-state';
