import pkg from '../package.json' with { type: 'json' };

export const BAHI_VERSION: string = pkg.version;
