/** Placeholder until the QR encoder lands: an SVG that shows the otpauth URL as text. */
export function qrDataUri(payload: string): string {
  const esc = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><text x="4" y="20" font-size="8">${esc}</text></svg>`;
  return 'data:image/svg+xml;base64,' + btoa(svg);
}
