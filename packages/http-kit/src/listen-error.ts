/** Turns EADDRINUSE and friends into one sentence that names the port and what wanted it. */
export function describeListenError(error: unknown, port: number, what: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new Error(`Port ${port} is already in use: ${what} cannot listen on it. Stop the other program or choose another port.`);
  }
  if (code === 'EACCES') return new Error(`Port ${port} needs privileges: ${what} cannot listen on it. Choose a port above 1024.`);
  return error instanceof Error ? error : new Error(String(error));
}
