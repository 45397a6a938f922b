// The print font (Noto Sans, OFL; from @fontsource/noto-sans) embedded as data: URLs, so every
// document renders the same offline on any machine and always has the ₹ sign (in latin-ext).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRINT_FONT_FAMILY = 'Bahi Print Sans';

// Unicode ranges as published by @fontsource for each subset.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES = [
  { file: 'noto-sans-latin-400-normal.woff2', weight: 400, range: LATIN },
  { file: 'noto-sans-latin-ext-400-normal.woff2', weight: 400, range: LATIN_EXT },
  { file: 'noto-sans-latin-700-normal.woff2', weight: 700, range: LATIN },
  { file: 'noto-sans-latin-ext-700-normal.woff2', weight: 700, range: LATIN_EXT },
] as const;

/** Where resources/fonts is: from source (tsx, tests), from dist/electron, or the packaged app. */
export function fontsDirCandidates(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  return [
    ...(process.env.BAHI_FONTS_DIR ? [process.env.BAHI_FONTS_DIR] : []),
    join(here, '..', '..', '..', 'resources', 'fonts'),
    join(here, '..', '..', 'resources', 'fonts'),
    ...(packaged ? [join(packaged, 'fonts')] : []),
  ];
}

export function findFontsDir(candidates = fontsDirCandidates()): string {
  const dir = candidates.find((d) => existsSync(join(d, FACES[0].file)));
  if (!dir) {
    throw new Error(
      `The print fonts are missing (looked in ${candidates.join(', ')}). ` +
        'Reinstall Bahi, or set BAHI_FONTS_DIR to a folder holding the Noto Sans woff2 files.',
    );
  }
  return dir;
}

const cache = new Map<string, string>();

/** @font-face rules for the print font; read once per folder. */
export function fontFaceCss(dir = findFontsDir()): string {
  const cached = cache.get(dir);
  if (cached) return cached;
  const css = FACES.map((f) => {
    const data = readFileSync(join(dir, f.file)).toString('base64');
    return `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${String(f.weight)};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.range};}`;
  }).join('\n');
  cache.set(dir, css);
  return css;
}
