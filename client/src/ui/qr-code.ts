// A QR code for the join address, encoded here by uqr and drawn as one SVG path: nothing leaves
// the page, it stays sharp at any projector size, and it prints. Dark modules on a white field
// with a four-module quiet zone, as phone cameras expect.
import { svg } from "lit-html";
import { encode } from "uqr";

export function qrCode(text: string, label: string) {
  const qr = encode(text, { ecc: "M", border: 4 });
  let path = "";
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return svg`<svg class="qr" viewBox=${`0 0 ${qr.size} ${qr.size}`} role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect width=${qr.size} height=${qr.size} fill="#ffffff"/><path d=${path} fill="#000000"/>
  </svg>`;
}
