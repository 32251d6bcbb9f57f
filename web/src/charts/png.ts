// Saves a chart's SVG as a PNG (drawn on a canvas at twice the size, on white), entirely in the browser.
// `notice` (e.g. the demo-data mark) is written under the chart, so the image never travels without it; `header`
// lines (title, period, filters: see pngHeader) above it, so the image says what it shows.
export async function downloadSvgAsPng(
  svg: SVGSVGElement,
  fileName: string,
  { notice, header = [] }: { notice?: string | null; header?: string[] } = {},
): Promise<void> {
  const { width, height: svgHeight } = svg.getBoundingClientRect();
  const lineHeight = 18;
  const top = header.length ? header.length * lineHeight + 10 : 0;
  const chartHeight = svgHeight + top;
  const footer = notice ? 24 : 0;
  const height = chartHeight + footer;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(svgHeight));
  copy.style.fontFamily = getComputedStyle(svg).fontFamily;
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('could not draw the chart'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    header.forEach((line, i) => {
      ctx.fillStyle = i === 0 ? '#111827' : '#4b5563';
      ctx.font = `${i === 0 ? 'bold 14px' : '12px'} ${getComputedStyle(svg).fontFamily || 'sans-serif'}`;
      ctx.fillText(line, 8, 16 + i * lineHeight, width - 16);
    });
    ctx.drawImage(image, 0, top, width, svgHeight);
    if (notice) {
      ctx.fillStyle = '#a15c00';
      ctx.font = `bold 12px ${getComputedStyle(svg).fontFamily || 'sans-serif'}`;
      ctx.fillText(notice, 8, chartHeight + 16, width - 16);
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('could not encode the chart');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
