import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's SDL: a field the API drops or renames fails here, at build time.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.ts', 'web/src/**/*.vue', '!web/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Money: 'number', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
