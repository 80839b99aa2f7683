import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { Geography, SCOTLAND_CODE, areaName, builtInGeography, councils } from '@omf/sdk';

const geography = builtInGeography;

describe('built-in geography', () => {
  it('has the 32 councils with unique codes, and Scotland', () => {
    assert.equal(councils.length, 32);
    assert.equal(new Set(councils.map((area) => area.code)).size, 32);
    assert.ok(councils.every((area) => /^S12\d{6}$/.test(area.code) && area.type === 'council'));
    assert.equal(geography.areas.length, 33);
    assert.equal(geography.get(SCOTLAND_CODE)?.name, 'Scotland');
    assert.equal(geography.isCouncil(SCOTLAND_CODE), false);
  });

  it('matches data/raw/scottish_council_areas.csv', () => {
    const text = readFileSync(new URL('../../../data/raw/scottish_council_areas.csv', import.meta.url), 'utf8');
    const [header = [], ...rows] = csvParseRows(text);
    assert.deepEqual(header, ['area_code', 'area_name', 'previous_codes', 'lgbf_name', 'cpop_name', 'cspp_name',
      'lgbf_family_group_people', 'lgbf_family_group_other']);
    const councilRows = rows.filter((row) => row[0] !== SCOTLAND_CODE);
    assert.equal(councilRows.length, 32);
    for (const [code = '', name, previous, lgbfName = '', cpopName = '', cspp, people, other] of councilRows) {
      const area = councils.find((council) => council.code === code);
      assert.ok(area, code);
      assert.equal(area.name, name);
      assert.deepEqual(area.previousCodes, previous ? [previous] : []);
      assert.equal(area.cspp, cspp);
      assert.equal(area.familyGroupPeople, Number(people));
      assert.equal(area.familyGroupOther, Number(other));
      assert.equal(geography.resolve(lgbfName), code, lgbfName);
      assert.equal(geography.resolve(cpopName), code, cpopName);
      if (previous) assert.equal(geography.resolve(previous), code);
    }
  });

  it('has a Gàidhlig name for every council and Scotland', () => {
    for (const area of geography.areas) assert.ok(area.nameGd && area.nameGd !== '', area.code);
    assert.equal(geography.name('S12000049', 'gd'), 'Glaschu');
    assert.equal(geography.name('S12000013', 'gd'), 'Na h-Eileanan Siar');
    assert.equal(areaName(SCOTLAND_CODE, 'gd'), 'Alba');
    assert.equal(areaName('S12000033', 'gd'), 'Obar Dheathain');
    assert.equal(areaName('S12000033'), 'Aberdeen City');
  });
});

describe('resolve', () => {
  const cases: Array<[string, string]> = [
    ['S12000049', 'S12000049'],
    ['s12000049', 'S12000049'],
    // Retired codes
    ['S12000046', 'S12000049'],
    ['S12000044', 'S12000050'],
    ['S12000015', 'S12000047'],
    ['S12000024', 'S12000048'],
    // Spellings met in real data
    ['Edinburgh, City of', 'S12000036'],
    ['Edinburgh City', 'S12000036'],
    ['City of Edinburgh', 'S12000036'],
    ['Edinburgh', 'S12000036'],
    ['  EDINBURGH  ,city   OF ', 'S12000036'],
    ['Argyll & Bute', 'S12000035'],
    ['Argyll and Bute', 'S12000035'],
    ['Perth & Kinross', 'S12000048'],
    ['Dumfries & Galloway', 'S12000006'],
    ['Eilean Siar', 'S12000013'],
    ['Comhairle nan Eilean Siar', 'S12000013'],
    ['na h-eileanan siar', 'S12000013'],
    ['Shetland', 'S12000027'],
    ['Orkney', 'S12000023'],
    ['Glasgow', 'S12000049'],
    ['Fife Council', 'S12000047'],
    ['Scotland', SCOTLAND_CODE],
    // Gàidhlig, with or without accents
    ['Glaschu', 'S12000049'],
    ['Dùn Èideann', 'S12000036'],
    ['Dun Eideann', 'S12000036'],
    ['Alba', SCOTLAND_CODE],
  ];
  for (const [input, code] of cases) {
    it(`"${input}" -> ${code}`, () => assert.equal(geography.resolve(input), code));
  }

  it('tells Aberdeen City from Aberdeenshire', () => {
    assert.equal(geography.resolve('Aberdeen'), 'S12000033');
    assert.equal(geography.resolve('Aberdeenshire'), 'S12000034');
    assert.equal(geography.resolve('Siorrachd Obar Dheathain'), 'S12000034');
  });

  it('returns undefined for unknown places', () => {
    for (const input of ['', '   ', 'Edinbrugh', 'S12000999', 'City of', 'Narnia']) {
      assert.equal(geography.resolve(input), undefined, input);
    }
  });

  it('resolves every name and alias to its own council, whatever the case and spacing', () => {
    const names = councils.flatMap((area) => [area.name, area.nameGd ?? '', ...area.aliases].map((name) => [name, area.code] as const));
    fc.assert(fc.property(fc.constantFrom(...names), fc.array(fc.boolean()), fc.constantFrom('', ' ', '  '), ([name, code], upper, pad) => {
      const varied = [...name].map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase())).join('');
      assert.equal(geography.resolve(`${pad}${varied}${pad}`), code);
    }));
  });
});

describe('lookups', () => {
  it('gets areas by current or retired code', () => {
    assert.equal(geography.get('S12000049')?.name, 'Glasgow City');
    assert.equal(geography.get('S12000046')?.code, 'S12000049');
    assert.equal(geography.get('Glasgow City'), undefined);
  });

  it('names areas, falling back to English then to the code', () => {
    assert.equal(geography.name('S12000046'), 'Glasgow City');
    assert.equal(geography.name('Edinburgh, City of'), 'City of Edinburgh');
    assert.equal(geography.name('X99'), 'X99');
    assert.equal(geography.name('X99', 'gd'), 'X99');
  });

  it('gives LGBF family groups of eight, the council included', () => {
    for (const kind of ['people', 'other'] as const) {
      const groups = new Set(councils.map((area) => geography.familyGroup(area.code, kind).join()));
      assert.equal(groups.size, 4, kind);
      for (const area of councils) {
        const members = geography.familyGroup(area.code, kind);
        assert.equal(members.length, 8);
        assert.ok(members.includes(area.code));
      }
    }
    assert.deepEqual(geography.familyGroup('S12000049'), ['S12000042', 'S12000008', 'S12000049', 'S12000018',
      'S12000013', 'S12000021', 'S12000050', 'S12000039']);
    assert.deepEqual(geography.familyGroup('S12000046', 'other'), geography.familyGroup('S12000049', 'other'));
    assert.deepEqual(geography.familyGroup(SCOTLAND_CODE), []);
    assert.deepEqual(geography.familyGroup('nowhere'), []);
  });

  it('does not let callers change the family groups', () => {
    geography.familyGroup('S12000049').push('S12000033');
    assert.equal(geography.familyGroup('S12000049').length, 8);
  });

  it('has 30 CSPPs, with the Tayside Collaborative', () => {
    assert.equal(new Set(councils.map((area) => geography.cspp(area.code)?.name)).size, 30);
    const tayside = { name: 'Tayside Collaborative', members: ['S12000041', 'S12000042', 'S12000048'] };
    assert.deepEqual(geography.cspp('S12000042'), tayside);
    assert.deepEqual(geography.cspp('S12000024'), tayside);
    assert.deepEqual(geography.cspp('S12000030'), { name: 'Stirling', members: ['S12000030'] });
    assert.equal(geography.cspp(SCOTLAND_CODE), undefined);
  });
});

describe('areas declared by data', () => {
  const healthBoard = { code: 'S08000031', name: 'NHS Greater Glasgow and Clyde', type: 'health-board' };
  const zone = { code: 'S02001236', name: 'Old Aberdeen', nameGd: 'Seann Obar Dheathain', type: 'intermediate-zone' };
  const extended = new Geography([
    healthBoard,
    zone,
    { code: 'S08000031', name: 'Duplicate board' },
    { code: 'S12000049', name: 'Not Glasgow' },
    { code: 'X1', name: 'Glasgow City' },
  ]);

  it('resolve by code and by name', () => {
    assert.equal(extended.resolve('S08000031'), 'S08000031');
    assert.equal(extended.resolve('nhs greater glasgow & clyde'), 'S08000031');
    assert.equal(extended.resolve('Old Aberdeen'), 'S02001236');
    assert.equal(extended.resolve('Seann Obar Dheathain'), 'S02001236');
    assert.equal(extended.name('S02001236', 'gd'), 'Seann Obar Dheathain');
    assert.equal(extended.name('S08000031', 'gd'), 'NHS Greater Glasgow and Clyde');
  });

  it('keep the built-in areas and the first declaration of a code', () => {
    assert.equal(extended.get('S08000031')?.name, 'NHS Greater Glasgow and Clyde');
    assert.equal(extended.get('S12000049')?.name, 'Glasgow City');
    assert.equal(extended.resolve('Glasgow City'), 'S12000049');
    assert.equal(extended.resolve('Not Glasgow'), undefined);
    assert.equal(extended.get('X1')?.name, 'Glasgow City');
    assert.deepEqual(extended.areas.map((area) => area.code).slice(33), ['S08000031', 'S02001236', 'X1']);
  });

  it('are not councils and leave the built-in geography alone', () => {
    assert.equal(extended.isCouncil('S08000031'), false);
    assert.equal(extended.isCouncil('S12000046'), true);
    assert.deepEqual(extended.familyGroup('S08000031'), []);
    assert.equal(extended.cspp('S08000031'), undefined);
    assert.equal(builtInGeography.resolve('S08000031'), undefined);
  });
});
