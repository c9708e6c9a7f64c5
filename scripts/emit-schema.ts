/** `npm run schema`: writes schema/schema.graphql from the code (a test fails while it is stale). */
import 'reflect-metadata';
import fs from 'node:fs';
import { printPortalSchema } from '../server/src/print-schema';

printPortalSchema()
  .then((sdl) => {
    fs.writeFileSync('schema/schema.graphql', sdl);
    console.log('wrote schema/schema.graphql');
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
