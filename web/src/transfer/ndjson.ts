/**
 * Reads a stream of newline-delimited JSON, calling `onMessage` for each line as soon as it is
 * complete (a line may arrive split over several chunks, or several lines in one chunk).
 */
export async function readNdjson(stream: ReadableStream<Uint8Array>, onMessage: (message: unknown) => void): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  const flush = (text: string) => {
    if (text.trim() !== '') onMessage(JSON.parse(text));
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      flush(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  flush(pending + decoder.decode());
}
