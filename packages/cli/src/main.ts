import { parseArgs } from 'node:util';
import { runStart } from './commands/start';
import { runSubgraph } from './commands/subgraph';
import { runCompose } from './commands/compose';
import { runIngest } from './commands/ingest';
import { runRemove } from './commands/remove';
import { runExtract } from './commands/extract';
import { runToken } from './commands/token';
import { runGenerate } from './commands/generate';
import { runGateway } from './commands/gateway';
import type { IngestPart } from '@mandate-graph/ingestion';

const USAGE = `Usage: mandate-graph <command>

  start [--port N] [--repository DIR]...              ingest the repositories (or MANDATE_REPOSITORIES, a:b), then
        [--subgraph-ports default|auto] [--watch]     serve the whole graph (gateway on PORT, default 4000);
                                                      --watch: ingest files added, changed or removed meanwhile
  subgraph NAME [--port N]                            serve one subgraph (needs DATABASE_URL)
  gateway [--port N] [--subgraph NAME=URL]...         serve the gateway alone (subgraphs at the supergraph's URLs)
  ingest [--moved] [--part K/N] DIR...                read document repositories into the graph (--moved: the
                                                      folders now hold repositories ingested from elsewhere;
                                                      --part K/N: only the K-th of N shares of their files, so
                                                      that N processes ingest them together; a run without
                                                      --part after them applies the curated overlays)
  remove REPOSITORY...                                take repositories out of the graph, with all they said
  extract FILE|- [--language xx] [--format json]     print what the extractors find in one document
  generate --documents N [--seed S] --out DIR         write a synthetic repository (deterministic for a seed)
  compose                                             print subgraph SDL and compose schema/supergraph.graphql
  token --role analyst|director|secretariat           print a signed development token (secret: AUTH_JWT_SECRET,
        [--bureau TSB|BR|BDT] [--sub NAME]            or one made once under .data/)
        [--expires 8h]
`;

/** `--part K/N`: the K-th (1 to N) of N shares of the files. */
function ingestPart(value: string): IngestPart {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--part is K/N with 1 ≤ K ≤ N, such as --part 1/2, got "${value}"`);
  return { index, count };
}

function port(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`${what} must be a port number between 0 and 65535, got "${value}"`);
  return parsed;
}

/** The lines of USAGE that describe one command: its first line starts with the command's name. */
function usageOf(command: string): string | null {
  const lines = USAGE.split('\n');
  const first = lines.findIndex((line) => line.startsWith(`  ${command} `) || line === `  ${command}`);
  if (first === -1) return null;
  let last = first + 1;
  while (last < lines.length && /^ {8}\S|^ {40,}\S/.test(lines[last])) last++;
  const prefix = 'mandate-graph ';
  return `Usage:\n\n${lines.slice(first, last).map((line, index) => `  ${index ? ' '.repeat(prefix.length) : prefix}${line.slice(2)}`).join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command && (rest.includes('--help') || rest.includes('-h'))) {
    const usage = usageOf(command);
    if (usage) {
      console.log(usage);
      return 0;
    }
  }
  switch (command) {
    case 'start': {
      const { values } = parseArgs({
        args: rest,
        options: {
          port: { type: 'string' }, 'subgraph-ports': { type: 'string', default: 'default' }, repository: { type: 'string', multiple: true }, watch: { type: 'boolean', default: false },
        },
      });
      const repositories = values.repository ?? (process.env.MANDATE_REPOSITORIES ?? '').split(':').filter(Boolean);
      const subgraphPorts = values['subgraph-ports'];
      if (subgraphPorts !== 'default' && subgraphPorts !== 'auto') throw new Error(`--subgraph-ports is default or auto, got "${subgraphPorts}"`);
      return runStart({ port: port(values.port ?? process.env.PORT, 4000, 'PORT'), subgraphPorts, repositories, watch: values.watch });
    }
    case 'subgraph': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { port: { type: 'string' } } });
      if (positionals.length !== 1) throw new Error('subgraph takes one name: documents, resolutions, meetings or consultations');
      return runSubgraph(positionals[0], port(values.port, 0, '--port'));
    }
    case 'gateway': {
      const { values } = parseArgs({ args: rest, options: { port: { type: 'string' }, subgraph: { type: 'string', multiple: true } } });
      const subgraphUrls = Object.fromEntries((values.subgraph ?? []).map((entry) => {
        const [name, url] = entry.split('=', 2);
        if (!name || !url) throw new Error(`--subgraph is NAME=URL, got "${entry}"`);
        return [name, url];
      }));
      return runGateway(port(values.port ?? process.env.PORT, 4000, 'PORT'), subgraphUrls);
    }
    case 'ingest': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { moved: { type: 'boolean', default: false }, part: { type: 'string' } } });
      return runIngest(positionals, { moved: values.moved, part: values.part === undefined ? undefined : ingestPart(values.part) });
    }
    case 'remove':
      return runRemove(rest);
    case 'extract': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { language: { type: 'string' }, format: { type: 'string', default: 'text' } } });
      if (positionals.length !== 1) throw new Error('extract takes one file, or - for standard input');
      if (values.format !== 'json' && values.format !== 'text') throw new Error(`--format is json or text, got "${values.format}"`);
      return runExtract({ file: positionals[0], language: values.language, format: values.format });
    }
    case 'compose':
      return runCompose();
    case 'generate': {
      const { values } = parseArgs({ args: rest, options: { documents: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
      if (!values.out) throw new Error('generate needs --out DIR');
      const documents = Number(values.documents);
      if (!values.documents || !Number.isInteger(documents) || documents < 1) {
        throw new Error(`--documents is how many documents to write, a whole number such as --documents 1000${values.documents ? `, got "${values.documents}"` : ''}`);
      }
      const seed = Number(values.seed);
      if (!Number.isInteger(seed)) throw new Error(`--seed is a whole number, got "${values.seed}"`);
      return runGenerate({ documents, seed, out: values.out });
    }
    case 'token': {
      const { values } = parseArgs({
        args: rest,
        options: { role: { type: 'string' }, bureau: { type: 'string' }, sub: { type: 'string' }, expires: { type: 'string', default: '8h' } },
      });
      return runToken({ role: values.role, bureau: values.bureau, sub: values.sub, expires: values.expires });
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
