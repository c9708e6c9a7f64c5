/**
 * How the operator's commands end on an error: a refusal the operator can act on is one line and exit
 * code 2; anything else is exit code 1 with its message (never a stack of the portal's internals).
 */
export function exitOnFailure(command: string, Refusal: new (...args: never[]) => Error) {
  return (error: unknown): never => {
    if (error instanceof Refusal) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  };
}
