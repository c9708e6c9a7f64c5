/**
 * The benchmark's yardstick for page throughput: a bare Node http server answering every request with
 * the hand-written participant-page join through a mysql2 pool, no GraphQL, no auth. Run as a child of
 * scale.bench.ts (argv: database URL, comma-separated district ids); prints its URL on stdout.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import { PARTICIPANT_PAGE_SQL } from './scale-sql';

const [url, ids] = process.argv.slice(2);
const districtIds = ids.split(',').map(Number);
// Same pool size as the portal's data source (db/data-source.ts).
const pool = mysql.createPool({ uri: url, connectionLimit: 10, supportBigNumbers: true, bigNumberStrings: true });

const server = http.createServer((_req, res) => {
  pool.query<mysql.RowDataPacket[]>(PARTICIPANT_PAGE_SQL, [districtIds, districtIds, 100]).then(
    ([rows]) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ totalCount: rows[0]?.totalCount, rows }));
    },
    () => {
      res.writeHead(500);
      res.end();
    },
  );
});
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
// Ends with the benchmark: on SIGTERM, or when the parent goes away and closes our stdin.
const end = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', end);
process.stdin.on('close', end);
process.stdin.resume();
