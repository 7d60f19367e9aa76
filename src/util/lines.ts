/** The lines of a large text one at a time, without splitting it into an array first. */
export function* lines(text: string): Generator<string> {
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    yield text.slice(pos, nl);
    pos = nl + 1;
  }
}
