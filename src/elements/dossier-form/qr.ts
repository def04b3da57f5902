/**
 * The receipt's QR code: the tracker's address for this dossier (never personal data), drawn
 * as SVG from the matrix `uqr` computes (a maintained port of Nayuki's generator, 3.9 KB gzip
 * in the later part; docs/decisions.md, "The receipt's QR code"). One path of unit squares,
 * black on white whatever the theme, with the four-module quiet zone scanners need; it prints
 * as sharply as it shows.
 */
import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/** The path of the dark modules and the side of the square, quiet zone included. */
export function qrPath(text: string): { path: string; size: number } {
  // M: about 15 % of the code may be smudged or folded on a printed receipt and still read.
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) path += `M${x} ${y}h1v1h-1z`;
  }));
  return { path, size };
}

export function qrCode(text: string, label: string): TemplateResult {
  const { path, size } = qrPath(text);
  return html`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
