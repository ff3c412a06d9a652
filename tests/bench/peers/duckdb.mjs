// node duckdb.mjs QUERY.sql IN OUT: one query of tests/bench/national.sh
// run by DuckDB (npm @duckdb/node-api), $FILE and $OUT replaced.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [sqlFile, input, output] = process.argv.slice(2);
const sql = readFileSync(sqlFile, 'utf8').replaceAll('$FILE', input)
    .replaceAll('$OUT', output);
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
await con.run(sql);
