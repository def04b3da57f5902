import { measureSizes } from './size.mjs';
const rows = await measureSizes();
const r = rows.find((x) => x.entry === 'gov-dossier-form');
console.log('form gzip bytes', r.gzip, (r.gzip/1024).toFixed(3), 'target', Math.floor(35.7*1024), 'tracker', rows.find((x) => x.entry === 'gov-status-tracker').gzip);
