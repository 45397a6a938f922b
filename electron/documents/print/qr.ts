// The e-invoice's signed QR as an SVG data: URL: vector in the PDF, so it scans at any size.
import QRCode from 'qrcode';

const QUIET_ZONE = 4;

export function qrSvgDataUrl(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      const run = String(x - start);
      path += `M${String(start + QUIET_ZONE)} ${String(y + QUIET_ZONE)}h${run}v1h-${run}z`;
    }
  }
  const size = String(n + 2 * QUIET_ZONE);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
