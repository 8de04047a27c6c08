import type { IngestFailure, Progress } from './ingest';

export interface ProgressState {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being read now (`repository/path`), or '' at the end. */
  current: string;
  /** Files per second since the start. */
  rate: number;
}

/** `0:42`, `12:05`, `1:02:09`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** What is left at the rate so far; unknown until a file has been finished. */
function remaining({ done, total, rate }: ProgressState): string {
  if (done >= total) return 'done';
  return done > 0 && rate > 0 ? `ETA ${formatDuration((total - done) / rate)}` : 'ETA –';
}

/** A name cut in its middle, which keeps the repository and the file's own name: `itu-council/…/report-17.docx`. */
function middleCut(name: string, width: number): string {
  if (name.length <= width) return name;
  if (width <= 1) return '…'.slice(0, width);
  const tail = Math.ceil((width - 1) / 2);
  return `${name.slice(0, width - 1 - tail)}…${name.slice(name.length - tail)}`;
}

/**
 * The progress line: count, share, rate and time left always whole; the name of the file in full when
 * the terminal is wide enough, cut in its middle when it is not.
 */
export function progressLine(state: ProgressState, columns: number): string {
  const share = state.total ? Math.floor((100 * state.done) / state.total) : 100;
  const counts = `${String(state.done).padStart(String(state.total).length)}/${state.total} files ${String(share).padStart(3)}%  ${state.rate.toFixed(1)}/s  ${remaining(state)}`;
  if (!state.current) return counts;
  const room = columns - 1 - counts.length - 2;
  return room >= 8 ? `${counts}  ${middleCut(state.current, room)}` : counts;
}

/** A line that rewrites itself on a terminal; plain log lines otherwise (CI, pipes), one per file. */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let lastLogged = -1;
  let lastWidth = 0;
  return {
    file(done, total, current, rate) {
      const state = { done, total, current, rate };
      if (tty) {
        const line = progressLine(state, stream.columns ?? 80);
        // Clear what a longer line before left behind.
        stream.write(`\r${line.padEnd(lastWidth)}`);
        lastWidth = line.length;
        if (done === total) stream.write('\n');
      } else if (current && done !== lastLogged) {
        lastLogged = done;
        stream.write(`ingest ${done + 1}/${total} ${current} (${rate.toFixed(1)}/s, ${remaining(state)})\n`);
      }
    },
    failure(failure: IngestFailure) {
      stream.write(`${tty ? '\n' : ''}failed: ${failure.path}: ${failure.reason}\n`);
      lastWidth = 0;
    },
    notice(notice: IngestFailure) {
      stream.write(`${tty ? '\n' : ''}note: ${notice.path}: ${notice.reason}\n`);
      lastWidth = 0;
    },
  };
}
