import fs from 'node:fs';
import QRCode from 'qrcode';

/**
 * Writes a short YUV4MPEG2 video of `text`'s QR code, black on white with a quiet zone, as a
 * phone held up to a camera shows it: Chromium's fake camera plays it on a loop
 * (--use-file-for-fake-video-capture).
 */
export function writeQrVideo(file: string, text: string, { width = 640, height = 480, frames = 3 } = {}): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cells = modules.size + 2 * quiet;
  const scale = Math.floor((Math.min(width, height) * 0.9) / cells);
  const left = Math.floor((width - cells * scale) / 2);
  const top = Math.floor((height - cells * scale) / 2);
  // Luma: white everywhere, black where a module is dark (C420jpeg: full range, 0 to 255).
  const luma = Buffer.alloc(width * height, 255);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let y = 0; y < scale; y++) {
        const start = (top + (row + quiet) * scale + y) * width + left + (column + quiet) * scale;
        luma.fill(0, start, start + scale);
      }
    }
  }
  // No colour: both chroma planes at their midpoint, at half width and height.
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]));
}
