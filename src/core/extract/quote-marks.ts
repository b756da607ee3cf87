// Where a quotation is open inside one sentence: shared by contact and speaker rules, which must not take a name
// spoken inside a quotation ("“I will call Vladimir,” Erdogan said") for the subject of the sentence.

/** True when an offset lies inside quotation marks: more opening (“ « „ or a first ") than closing marks before it. */
export function insideQuote(text: string, offset: number): boolean {
  let open = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '“' || c === '«' || c === '„') open++;
    else if ((c === '”' || c === '»') && open > 0) open--;
    else if (c === '"') open = open > 0 ? open - 1 : 1;
  }
  return open > 0;
}
