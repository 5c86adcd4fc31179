// Rasterises an SVG document to PNG (the page ships only ECharts' SVG renderer; PNG downloads
// and copies are drawn from the same SVG the SVG download uses).

/// The PNG as a Blob, on a `background` colour, at `scale` times the SVG's size.
export function svgToPngBlob(svg, width, height, scale, background) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG could not be encoded'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('SVG could not be drawn'));
    };
    image.src = url;
  });
}

/// The PNG's bytes, as a Uint8Array.
export function svgToPng(svg, width, height, scale, background) {
  return svgToPngBlob(svg, width, height, scale, background)
    .then((blob) => blob.arrayBuffer())
    .then((buffer) => new Uint8Array(buffer));
}
