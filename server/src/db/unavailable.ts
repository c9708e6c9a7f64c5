/**
 * The classification of database failures lives in shared/ (pure, no imports) so that the REST routes of
 * modules/ can answer 503 as GraphQL does without importing db/; this name stays for the server's floors.
 */
export { isDatabaseUnavailable, isStatementTimeout } from '../shared/database-errors';
