// Terminal colour codes, spelt without a literal control character (eslint no-control-regex).
const ESC = String.fromCharCode(27);
export const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`);
export const stripAnsi = (text: string): string => text.replace(new RegExp(ANSI.source, 'g'), '');
