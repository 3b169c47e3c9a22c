// `npm run gen:tone-docs`: regenerates docs/tone-rules.md from the rule data in phrases/rules/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInTone } from '../utils/tone-builtin';
import { renderRulesTable } from '../utils/tone/docs';

const target = fileURLToPath(new URL('../docs/tone-rules.md', import.meta.url));
mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
writeFileSync(target, renderRulesTable(builtInTone.rules, builtInTone.tables.renames));
console.log(`wrote ${target} (${builtInTone.rules.length} rules)`);
