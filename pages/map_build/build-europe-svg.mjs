// Builds ../static/pages/europe.svg: Europe's countries from Natural Earth (1:50m, via the
// world-atlas package), in a Lambert azimuthal equal-area projection centred on 10°E 52°N
// (as EPSG:3035), clipped to a rectangle and rounded to whole pixels of a 1000-wide
// picture. Network countries (EU27 + IS + NO) get id="<ISO alpha-2>"; the others are
// drawn as plain land for context. Run: npm ci && node build-europe-svg.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const topology = JSON.parse(
  readFileSync(new URL("./node_modules/world-atlas/countries-50m.json", import.meta.url)),
);

// ISO 3166-1 numeric → alpha-2 for the network countries.
const NETWORK = {
  "040": "AT", "056": "BE", "100": "BG", "191": "HR", "196": "CY", "203": "CZ",
  "208": "DK", "233": "EE", "246": "FI", "250": "FR", "276": "DE", "300": "GR",
  "348": "HU", "372": "IE", "380": "IT", "428": "LV", "440": "LT", "442": "LU",
  "470": "MT", "528": "NL", "616": "PL", "620": "PT", "642": "RO", "703": "SK",
  "705": "SI", "724": "ES", "752": "SE", "352": "IS", "578": "NO",
};

const RAD = Math.PI / 180;
const [LON0, LAT0] = [10 * RAD, 52 * RAD];
function project([lon, lat]) {
  const [l, p] = [lon * RAD, lat * RAD];
  const k = Math.sqrt(
    2 / (1 + Math.sin(LAT0) * Math.sin(p) + Math.cos(LAT0) * Math.cos(p) * Math.cos(l - LON0)),
  );
  const x = k * Math.cos(p) * Math.sin(l - LON0);
  const y = k * (Math.cos(LAT0) * Math.sin(p) - Math.sin(LAT0) * Math.cos(p) * Math.cos(l - LON0));
  return [x, -y];
}

// The window, in projected units: Iceland and the Iberian coast in
// the west, Cyprus and the Black Sea in the east, Nordkapp in the north, Malta and Crete
// in the south.
const CORNERS = [[-25, 66], [-10.5, 36], [14.5, 35.3], [35, 34], [40, 50], [25, 71.5], [10, 72]];
const PROJECTED = CORNERS.map(project);
const WINDOW = {
  xmin: Math.min(...PROJECTED.map((p) => p[0])),
  xmax: Math.max(...PROJECTED.map((p) => p[0])),
  ymin: Math.min(...PROJECTED.map((p) => p[1])),
  ymax: Math.max(...PROJECTED.map((p) => p[1])),
};
const WIDTH = 1000;
const SCALE = WIDTH / (WINDOW.xmax - WINDOW.xmin);
const HEIGHT = Math.round((WINDOW.ymax - WINDOW.ymin) * SCALE);

function toPixels([x, y]) {
  return [(x - WINDOW.xmin) * SCALE, (y - WINDOW.ymin) * SCALE];
}

// Sutherland–Hodgman clipping of one ring against the picture (with a small margin).
function clip(ring) {
  const m = 5;
  const edges = [
    [(p) => p[0] >= -m, (a, b) => cut(a, b, 0, -m)],
    [(p) => p[0] <= WIDTH + m, (a, b) => cut(a, b, 0, WIDTH + m)],
    [(p) => p[1] >= -m, (a, b) => cut(a, b, 1, -m)],
    [(p) => p[1] <= HEIGHT + m, (a, b) => cut(a, b, 1, HEIGHT + m)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(intersect(prev, cur));
      }
    }
    if (!out.length) break;
  }
  return out;
}
function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

function ringPath(ring) {
  const points = [];
  for (const p of clip(ring.map((c) => toPixels(project(c))))) {
    const q = [Math.round(p[0]), Math.round(p[1])];
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  if (points.length < 3) return "";
  let d = `M${points[0][0]} ${points[0][1]}`;
  for (let i = 1; i < points.length; i++) {
    d += `l${points[i][0] - points[i - 1][0]} ${points[i][1] - points[i - 1][1]}`;
  }
  return d + "z";
}

function geometryPath(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map(ringPath)).filter(Boolean).join("");
}

const countries = feature(topology, topology.objects.countries).features;
const land = [];
const network = [];
for (const country of countries) {
  if (!country.geometry) continue;
  const d = geometryPath(country.geometry);
  if (!d) continue;
  const code = NETWORK[country.id];
  if (code) network.push(`<path id="${code}" class="country" d="${d}"/>`);
  else land.push(`<path class="land" d="${d}"/>`);
}
network.sort();

const svg = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Europe's countries from Natural Earth (public domain) via the world-atlas package
     (ISC licence); built by pages/map_build/build-europe-svg.mjs. -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<g class="context">
${land.join("\n")}
</g>
<g class="network">
${network.join("\n")}
</g>
</svg>
`;
writeFileSync(new URL("../static/pages/europe.svg", import.meta.url), svg);
console.log(`europe.svg: ${WIDTH}×${HEIGHT}, ${network.length} network countries, ` +
  `${land.length} others, ${(svg.length / 1024).toFixed(0)} KB`);
