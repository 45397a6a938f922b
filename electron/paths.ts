import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Electron's userData would be, so browser mode and the desktop app share one ledger. */
export function defaultDataDir(): string {
  if (process.env.BAHI_DATA_DIR) return process.env.BAHI_DATA_DIR;
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Bahi');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Bahi');
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Bahi');
  }
}
