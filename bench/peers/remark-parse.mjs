// Peer for the whole-process benchmark: read a Markdown file and parse it with remark-parse alone.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const tree = unified().use(remarkParse).parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(`${tree.children.length}\n`);
