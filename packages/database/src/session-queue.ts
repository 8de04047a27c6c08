import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite is one PostgreSQL session. Many client connections share it, so their protocol messages
 * must not interleave: an extended-protocol batch (Parse/Bind/Describe/Execute ... Sync) keeps the
 * unnamed prepared statement between its messages, and a transaction keeps its snapshot between
 * statements. pglite-socket's own queue pins a client only inside a transaction, which lets two
 * clients' batches clobber each other's unnamed statement. This queue pins the session to one client
 * from its first message until it reaches a batch boundary (Sync, simple Query, startup, Terminate)
 * outside a transaction.
 *
 * It implements the three methods PGLiteSocketHandler calls on its queue.
 */
interface PendingMessage {
  clientId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

function endsBatch(message: Uint8Array): boolean {
  const type = message[0];
  // A startup packet has no type byte: it begins with its length, whose high byte is zero.
  return type === 0 || type === SYNC || type === SIMPLE_QUERY || type === TERMINATE;
}

export class SessionQueue {
  private pending: PendingMessage[] = [];
  private owner: number | null = null;
  private draining = false;

  constructor(private readonly db: PGlite) {}

  enqueue(clientId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ clientId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  clearQueueForHandler(clientId: number): void {
    this.pending = this.pending.filter((item) => {
      if (item.clientId !== clientId) return true;
      item.reject(new Error('client disconnected'));
      return false;
    });
  }

  async clearTransactionIfNeeded(clientId: number): Promise<void> {
    if (this.owner !== clientId) return;
    // A client that vanished mid-batch or mid-transaction must not hold the session forever.
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.drain();
  }

  private takeNext(): PendingMessage | undefined {
    if (this.owner === null) return this.pending.shift();
    const index = this.pending.findIndex((item) => item.clientId === this.owner);
    return index === -1 ? undefined : this.pending.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let item = this.takeNext(); item; item = this.takeNext()) {
        this.owner = item.clientId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              onRawData: (data) => {
                bytes += data.length;
                item!.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error instanceof Error ? error : new Error(String(error)));
        }
        if (endsBatch(item.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.draining = false;
    }
  }
}
