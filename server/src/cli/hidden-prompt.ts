/**
 * Reads one line from the terminal without echoing it: the password of `npm run create-admin` must never
 * appear on the screen, in a scrollback or in a recording of the session. Raw mode hands us each key;
 * nothing is written back but the question and a newline.
 */
export function promptHidden(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  if (!input.isTTY) return Promise.reject(new Error('no terminal to read the password from'));
  // Echo goes off before the question shows, so nothing typed as soon as it appears reaches the screen.
  input.setRawMode(true);
  output.write(question);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (result: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      result();
    };
    const onData = (chunk: string) => {
      for (const key of chunk) {
        if (key === '\r' || key === '\n' || key === '\u0004') return finish(() => resolve(typed));
        if (key === '\u0003') return finish(() => reject(new Error('cancelled')));
        if (key === '\u007f' || key === '\b') typed = typed.slice(0, -1);
        else typed += key;
      }
    };
    input.on('data', onData);
  });
}
