import { ENV_VARIABLES } from '@app/core';

/** Prints the README's configuration table and `.env.example` from the one env schema. */
function main(): void {
  if (process.argv.includes('--env-example')) {
    for (const v of ENV_VARIABLES) console.log(`# ${v.description}\n${v.default === undefined ? '# ' : ''}${v.name}=${v.default ?? ''}\n`);
    return;
  }
  console.log('| Variable | Default | Meaning |\n|---|---|---|');
  for (const v of ENV_VARIABLES) {
    const fallback = v.fallback ? `\`${v.fallback}\` if set, else ` : '';
    console.log(`| \`${v.name}\` | ${fallback}${v.default === undefined ? '(unset)' : `\`${v.default}\``} | ${v.description} |`);
  }
}

main();
