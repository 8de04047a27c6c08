import { fork, type ChildProcess } from 'node:child_process';
import type { AuthSettings } from '@mandate-graph/http-kit';
import { CLI_BIN } from './paths';
import type { SubgraphMessage } from './commands/subgraph';

/** What the supervisor knows of one subgraph, as /health reports it. */
export interface SupervisedState {
  state: 'up' | 'restarting' | 'stopped';
  /** Restarts since the graph started. */
  restarts: number;
  /** Why it last stopped on its own, when it did. */
  lastExit?: { at: string; cause: string };
}

const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;
/** A subgraph that ran this long before dying starts over from the first delay. */
const STABLE_AFTER_MS = 60_000;
const REMEMBERED_LINES = 20;

/** The last lines a child wrote to stderr, still passed on to ours. */
class StderrTail {
  private lines: string[] = [];
  private partial = '';

  take(chunk: Buffer) {
    process.stderr.write(chunk);
    const text = this.partial + chunk.toString('utf8');
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    this.lines = [...this.lines, ...lines.filter((line) => line.trim())].slice(-REMEMBERED_LINES);
  }

  /** The line that says why a process died, when it printed one. */
  reason(): string | undefined {
    const lines = [...this.lines, this.partial].filter((line) => line.trim());
    const fatal = lines.find((line) => /FATAL ERROR|out of memory|heap limit/i.test(line));
    if (fatal) return fatal.trim();
    return [...lines].reverse().find((line) => /Error\b|error:/i.test(line))?.trim();
  }
}

/**
 * One subgraph process of `npm start`, kept running: a process that dies is started again on the same
 * port (the gateway's address for it stays right) after a delay that doubles with each quick death.
 */
export class SupervisedSubgraph {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;
  private delayMs = FIRST_DELAY_MS;
  private lastExit: SupervisedState['lastExit'];
  private restartTimer: NodeJS.Timeout | null = null;
  url = '';
  private port: number;

  constructor(readonly name: string, port: number, private readonly databaseUrl: string, private readonly auth: AuthSettings) {
    this.port = port;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  status(): SupervisedState {
    const state = this.stopping ? 'stopped' : this.child ? 'up' : 'restarting';
    return { state, restarts: this.restarts, ...(this.lastExit ? { lastExit: this.lastExit } : {}) };
  }

  /** Starts the process and resolves once it serves; a failure to start at all is the caller's to report. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = fork(CLI_BIN, ['subgraph', this.name, '--port', String(this.port)], {
        env: {
          ...process.env, DATABASE_URL: this.databaseUrl, AUTH_JWT_SECRET: this.auth.secret, AUTH_REQUIRED: String(this.auth.required),
          ...(this.auth.gatewaySecret ? { GATEWAY_SECRET: this.auth.gatewaySecret } : {}),
        },
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      });
      const tail = new StderrTail();
      child.stderr?.on('data', (chunk: Buffer) => tail.take(chunk));
      const startedAt = performance.now();
      const onEarlyExit = (code: number | null) => reject(new Error(`the ${this.name} subgraph stopped while starting (exit code ${code})`));
      child.once('exit', onEarlyExit);
      child.on('message', (message: SubgraphMessage) => {
        if (message.type === 'ready') {
          child.off('exit', onEarlyExit);
          if (this.stopping) child.kill('SIGTERM');
          this.child = child;
          this.port = message.port;
          this.url = `http://127.0.0.1:${message.port}/graphql`;
          // For the operator: where to look when one subgraph misbehaves. The gateway never tells clients this.
          console.log(`The ${this.name} subgraph serves at ${this.url} (pid ${child.pid}).`);
          child.once('exit', (code, signal) => this.died(code, signal, tail, performance.now() - startedAt));
          resolve();
        } else if (message.type === 'failed') {
          child.off('exit', onEarlyExit);
          reject(new Error(`the ${this.name} subgraph could not start: ${message.message}`));
        }
      });
    });
  }

  private died(code: number | null, signal: NodeJS.Signals | null, tail: StderrTail, livedMs: number) {
    this.child = null;
    if (this.stopping) return;
    const reason = tail.reason();
    const cause = `${signal ? `killed by ${signal}` : `exit code ${code}`}${reason ? `: ${reason}` : ''}`;
    this.lastExit = { at: new Date().toISOString(), cause };
    if (livedMs > STABLE_AFTER_MS) this.delayMs = FIRST_DELAY_MS;
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, LONGEST_DELAY_MS);
    console.error(`The ${this.name} subgraph stopped (${cause}); its fields are missing from answers until it is back. Restarting it in ${(delay / 1000).toFixed(1)} s.`);
    this.restartTimer = setTimeout(() => void this.restart(), delay);
  }

  private async restart() {
    this.restartTimer = null;
    if (this.stopping) return;
    this.restarts++;
    try {
      await this.start();
      console.error(`The ${this.name} subgraph is serving again (restart ${this.restarts}).`);
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      this.lastExit = { at: new Date().toISOString(), cause };
      const delay = this.delayMs;
      this.delayMs = Math.min(this.delayMs * 2, LONGEST_DELAY_MS);
      console.error(`Restarting the ${this.name} subgraph failed (${cause}); trying again in ${(delay / 1000).toFixed(1)} s.`);
      if (!this.stopping) this.restartTimer = setTimeout(() => void this.restart(), delay);
    }
  }

  /** SIGTERM, and SIGKILL after `graceMs`; no restart after this. */
  stop(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
