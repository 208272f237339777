import { InvalidArgumentError } from 'commander';
import { resolveReports } from '../../app/corpus.js';
import { primeServerMemory } from '../../app/memory-server/prime-server-memory.js';
import { checkFindings } from '../../app/review/review-findings.js';
import { DEFAULT_REVIEW_HOST, DEFAULT_REVIEW_PORT, reviewSettings } from '../../app/review/review-settings.js';
import { AppError } from '../../errors.js';
import { parsePublicHost, type PublicHost } from '../../review/security.js';
import { startReviewServer } from '../../review/server.js';
import type { RegisterCommand } from '../context.js';

export const registerReviewCommand: RegisterCommand = (program, ctx) => {
  program
    .command('review')
    .description('serve a local page to review and correct segments side by side in a browser')
    .argument('[slug]', 'report to open first')
    .option('--port <n>', `port (0 picks a free one; default review.port in duizhao.yaml, else ${DEFAULT_REVIEW_PORT})`, parsePort)
    .option('--host <host>', `address to listen on (default review.host in duizhao.yaml, else ${DEFAULT_REVIEW_HOST}: only this computer)`)
    .option('--public-host <name>', 'a name the team opens the page by (review.example.org, or name:port behind a proxy); repeatable; replaces review.publicHosts', collectPublicHost, [])
    .addHelpText('after', [
      '',
      'Prints an address ending in #token=…: the token admits that browser tab and changes at',
      'every start. Saves go to the memory at once (memory.jsonl, or the memory server). Stop with Ctrl+C.',
      'A team sets review: { host, port, publicHosts } in duizhao.yaml once; the options override it.',
    ].join('\n'))
    .action(async (slug: string | undefined, opts: { port?: number; host?: string; publicHost: PublicHost[] }) => {
      const root = ctx.projectRoot();
      if (slug) await resolveReports(root, [slug]);
      const { host, port, publicHosts } = reviewSettings(root, { ...(opts.host ? { host: opts.host } : {}), ...(opts.port !== undefined ? { port: opts.port } : {}), publicHosts: opts.publicHost });
      const server = await startReviewServer({ root, host, port, publicHosts, findings: checkFindings, onError: (error) => ctx.io.stderr(`duizhao review: ${(error as Error).stack ?? String(error)}\n`) })
        .catch((error: NodeJS.ErrnoException) => {
          const hint = error.code === 'EADDRINUSE' ? 'Another program uses this port; choose another with --port (0 picks a free one).' : 'Check --host and --port (or review: in duizhao.yaml).';
          throw new AppError('review/listen', `Cannot listen on ${host}:${port}: ${error.message}`, { hint, cause: error });
        });
      // Before the address is printed: the first page opened does not wait for the memory server's index.
      const stopListening = await primeServerMemory(root).catch(async (error: unknown) => {
        await server.close();
        throw error;
      });
      ctx.io.onShutdown?.(() => Promise.all([server.close(), stopListening()]).then(() => undefined));
      const url = slug ? server.url.replace('/#', `/?report=${slug}#`) : server.url;
      ctx.io.stdout(`Review page for ${root}:\n  ${url}\nOpen it in a browser (the token after # admits you). Press Ctrl+C to stop.\n`);
      if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
        ctx.io.stderr(`duizhao review: listening on ${host}: anyone who can reach it and has the token can change the memory.\n`);
      }
    });
};

function collectPublicHost(value: string, previous: PublicHost[]): PublicHost[] {
  try {
    return [...previous, parsePublicHost(value)];
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message}.`);
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return port;
}
