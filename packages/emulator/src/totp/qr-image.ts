import { base64 } from '../engine/util/encoding.ts';
import { matrixToPng } from './png.ts';
import { qrMatrix } from './qr.ts';

/** `data:image/png;base64,…` of a 256×256 QR code, like Kratos' TOTP `img` node. */
export function qrDataUri(payload: string): string {
  return 'data:image/png;base64,' + base64(matrixToPng(qrMatrix(payload)));
}
