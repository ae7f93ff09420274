// cqc.yaml names each location's CQC location ID (`cqc_id`, SPEC pattern ^1-[0-9]{5,11}$). It
// identifies a care home, not a person, yet ten of its digits can pass the NHS modulus-11 check
// (real IDs have nine or ten digits after "1-"), which would fail every check of a valid cqc.yaml.

// The key (quoted or not, as block or flow YAML writes it), the value's optional quote and "1-", then the digits.
const CQC_ID = /(\bcqc_id["']?[ \t]*:[ \t]*["']?1-)([0-9]{5,11})(?![0-9])/g;

/** cqc.yaml's text with the digits of every `cqc_id: 1-…` value blanked, so offsets (lines, columns) stay the same. */
export function withoutLocationIds(text: string): string {
  return text.replace(CQC_ID, (_match, head: string, digits: string) => head + ' '.repeat(digits.length));
}
