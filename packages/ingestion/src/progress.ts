import type { IngestFailure, Progress } from './ingest';

/** A line that rewrites itself on a terminal; plain log lines otherwise (CI, pipes). */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let lastLogged = -1;
  return {
    file(done, total, current, rate) {
      if (tty) {
        const line = `${done}/${total} documents  ${rate.toFixed(1)}/s  ${current}`;
        stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1).padEnd(Math.min(stream.columns ?? 100, 120) - 1)}`);
        if (done === total) stream.write('\n');
      } else if (current && done !== lastLogged) {
        lastLogged = done;
        stream.write(`ingest ${done + 1}/${total} ${current}\n`);
      }
    },
    failure(failure: IngestFailure) {
      stream.write(`${tty ? '\n' : ''}failed: ${failure.path}: ${failure.reason}\n`);
    },
  };
}
