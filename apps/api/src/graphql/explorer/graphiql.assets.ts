import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The files of the development explorer, each from an installed package (graphiql 3 and React 18
 * ship browser builds), so the page loads nothing from a CDN. They are devDependencies: a
 * production install (`npm ci --omit=dev`) has none, and production never serves the explorer.
 */
const PACKAGE_FILES = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
} as const;

export const GRAPHIQL_ASSET_PATH = '/graphiql/assets';

/** Renders GraphiQL against this server's /graphql; a file of its own so the page needs no inline script. */
export const START_SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher: fetcher }));
})();
`;

export const PAGE_STYLE = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** The asset's file on disk, or null when its package is not installed. */
export function graphiqlAssetFile(name: string): string | null {
  if (!(name in PACKAGE_FILES)) return null;
  const [pkg, file] = PACKAGE_FILES[name as keyof typeof PACKAGE_FILES];
  try {
    // The browser builds are outside the packages' `exports`; their package.json is not.
    const full = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
    return existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

export function graphiqlInstalled(): boolean {
  return Object.keys(PACKAGE_FILES).every((name) => graphiqlAssetFile(name) !== null);
}

export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL · development</title>
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.css">
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/page.css">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${GRAPHIQL_ASSET_PATH}/react.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/react-dom.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/graphiql.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/start.js"></script>
</body>
</html>
`;
}
