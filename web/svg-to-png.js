// Rasterises an SVG document to PNG bytes (the page ships only ECharts' SVG renderer; PNG
// downloads are drawn from the same SVG the SVG download uses). Resolves to a Uint8Array.
export function svgToPng(svg, width, height, scale, background) {
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
      canvas.toBlob((blob) => {
        if (blob) blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
        else reject(new Error('PNG could not be encoded'));
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('SVG could not be drawn'));
    };
    image.src = url;
  });
}
