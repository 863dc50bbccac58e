import { WardMap } from '../../../libs/advocacy/src/wards/ward-map';

/** Known points from the boundary file's source note, checked against the real 2023 map (no stand-in geometry). */
describe(WardMap.name, () => {
  const map = WardMap.load();

  it.each([
    ['the middle of City Hall', 41.88375, -87.63175, 42],
    ['Chinatown, Cermak and Wentworth', 41.8525, -87.6324, 11],
    ["O'Hare terminals", 41.9786, -87.9048, 41],
    // The tests' stand-in addresses use these two (the synthetic story has alders for wards 15 and 23).
    ['55th and Wood', 41.79, -87.6699, 15],
    ['Archer Heights', 41.7955, -87.7559, 23],
  ])('%s is in its ward', (_name, lat, lon, ward) => {
    expect(map.wardAt(lat, lon)).toBe(ward);
  });

  it('finds no ward outside the city or in the lake', () => {
    expect(map.wardAt(41.8789, -87.8)).toBeNull(); // Oak Park
    expect(map.wardAt(41.88, -87.5)).toBeNull(); // Lake Michigan
    expect(map.wardAt(38.84505, -76.92837)).toBeNull(); // Suitland, MD
  });

  it('refuses coordinates that are not degrees', () => {
    expect(() => map.wardAt(91, -87.6)).toThrow(expect.objectContaining({ code: 'INVALID_COORDINATES' }));
    expect(() => map.wardAt(Number.NaN, -87.6)).toThrow(expect.objectContaining({ code: 'INVALID_COORDINATES' }));
  });
});
