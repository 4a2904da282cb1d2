import type {Map as MapLibreMap} from 'maplibre-gl';

/** What the exported image carries besides the map. */
export interface ImageDecorations {
  title: string;
  subtitle: string;
  legend: {label: string; color: string}[];
  date: string;
  attribution: string;
  font: string;
}

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * Renders the current view as a PNG at `scale` times the CSS size, with a title band, a legend of
 * link types, the date and the attribution drawn around the map.
 */
export async function exportPng(
  map: MapLibreMap,
  scale: number,
  deco: ImageDecorations,
): Promise<Blob> {
  const before = map.getPixelRatio();
  if (before !== scale) {
    map.setPixelRatio(scale);
    await idle(map);
  }
  try {
    const src = map.getCanvas();
    const cssW = src.clientWidth || src.width / scale;
    const cssH = src.clientHeight || src.height / scale;
    const band = 56;
    const foot = 26;
    const canvas = map.getContainer().ownerDocument.createElement('canvas');
    canvas.width = Math.round(cssW * scale);
    canvas.height = Math.round((cssH + band + foot) * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.fillStyle = '#fbfaf6';
    ctx.fillRect(0, 0, cssW, cssH + band + foot);
    // The map's canvas holds the land; the sea is its container's background.
    const container = map.getContainer();
    ctx.fillStyle =
      container.ownerDocument.defaultView?.getComputedStyle(container).backgroundColor ?? '#fff';
    ctx.fillRect(0, band, cssW, cssH);
    ctx.drawImage(src, 0, band, cssW, cssH);
    // Title band.
    ctx.fillStyle = '#7a1f1f';
    ctx.font = `700 22px "${deco.font}", sans-serif`;
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(deco.title, 14, 28);
    ctx.fillStyle = '#5b554b';
    ctx.font = `400 14px "${deco.font}", sans-serif`;
    ctx.fillText(deco.subtitle, 14, 47);
    // Legend of link types, bottom left over the map.
    const rowH = 18;
    const lw = Math.max(...deco.legend.map((l) => ctx.measureText(l.label).width), 40) + 48;
    const lh = deco.legend.length * rowH + 12;
    const ly = band + cssH - lh - 10;
    ctx.fillStyle = 'rgba(251,250,246,0.94)';
    ctx.fillRect(10, ly, lw, lh);
    ctx.strokeStyle = '#d8d1c3';
    ctx.strokeRect(10.5, ly + 0.5, lw, lh);
    deco.legend.forEach((l, i) => {
      const y = ly + 8 + i * rowH + rowH / 2;
      ctx.fillStyle = l.color;
      ctx.fillRect(18, y - 2, 22, 4);
      ctx.fillStyle = '#1f1d1a';
      ctx.font = `400 13px "${deco.font}", sans-serif`;
      ctx.textBaseline = 'middle';
      ctx.fillText(l.label, 48, y);
    });
    // Footer: date and attribution.
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#5b554b';
    ctx.font = `400 12px "${deco.font}", sans-serif`;
    ctx.fillText(deco.date, 14, band + cssH + foot / 2);
    const aw = ctx.measureText(deco.attribution).width;
    ctx.fillText(deco.attribution, Math.max(14, cssW - aw - 14), band + cssH + foot / 2);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    if (before !== scale) map.setPixelRatio(before);
  }
}
