/**
 * The built-in Scottish geography: the 32 council areas and Scotland.
 *
 * Hand-compiled from `data/raw/scottish_council_areas.csv` (codes, retired codes, LGBF and CPOP
 * spellings, CSPP, LGBF family groups); `test/geography.test.ts` checks this table against that
 * file, so the two cannot drift apart. Gàidhlig names follow Ainmean-Àite na h-Alba and the
 * councils' own usage; the few we are unsure of carry a comment.
 *
 * @module
 */
import type { Area } from '../model/types.js';

/** GSS code of Scotland. */
export const SCOTLAND_CODE = 'S92000003';

/** One of Scotland's 32 council areas, with what the SDK needs to compare it with others. */
export interface CouncilArea extends Area {
  /** Superseded GSS codes that older extracts still carry, e.g. `S12000046` for Glasgow City. */
  previousCodes: string[];
  /** Other spellings met in published data, e.g. `Argyll & Bute`, `Edinburgh, City of`. */
  aliases: string[];
  /** Name of the Children's Services Planning Partnership the council belongs to. */
  cspp: string;
  /** LGBF family group (1-4) for Children, Social Work and Housing indicators, grouped by deprivation. */
  familyGroupPeople: number;
  /** LGBF family group (1-4) for Environmental, Culture and Leisure, Economic Development, Corporate and Property indicators, grouped by population density. */
  familyGroupOther: number;
}

/** Scotland as an area. */
export const scotland: Area = { code: SCOTLAND_CODE, name: 'Scotland', nameGd: 'Alba', type: 'country' };

function council(
  code: string, name: string, nameGd: string, cspp: string,
  familyGroupPeople: number, familyGroupOther: number,
  aliases: string[] = [], previousCodes: string[] = [],
): CouncilArea {
  return { code, name, nameGd, type: 'council', previousCodes, aliases, cspp, familyGroupPeople, familyGroupOther };
}

const TAYSIDE = 'Tayside Collaborative';

/** The 32 council areas, in alphabetical order of their official names. */
export const councils: readonly CouncilArea[] = [
  // The cities' Gàidhlig names are given without a prefix; the councils style themselves
  // "Comhairle Baile ..." and some lists write "Cathair ..." (city). Unsure which the areas take.
  council('S12000033', 'Aberdeen City', 'Obar Dheathain', 'Aberdeen City', 1, 4),
  council('S12000034', 'Aberdeenshire', 'Siorrachd Obar Dheathain', 'Aberdeenshire', 1, 1),
  council('S12000041', 'Angus', 'Aonghas', TAYSIDE, 2, 3),
  council('S12000035', 'Argyll and Bute', 'Earra-Ghàidheal agus Bòd', 'Argyll and Bute', 2, 1, ['Argyll & Bute']),
  council('S12000036', 'City of Edinburgh', 'Dùn Èideann', 'City of Edinburgh', 1, 4, ['Edinburgh City', 'Edinburgh, City of', 'Edinburgh']),
  council('S12000005', 'Clackmannanshire', 'Siorrachd Chlach Mhanann', 'Clackmannanshire', 3, 3),
  council('S12000006', 'Dumfries and Galloway', 'Dùn Phris is Gall-Ghàidhealaibh', 'Dumfries and Galloway', 3, 1, ['Dumfries & Galloway']),
  council('S12000042', 'Dundee City', 'Dùn Dè', TAYSIDE, 4, 4),
  council('S12000008', 'East Ayrshire', 'Siorrachd Àir an Ear', 'East Ayrshire', 4, 2),
  // Unsure: Ainmean-Àite na h-Alba spell Dumbarton "Dùn Breatann"; other lists write "Siorrachd Dhùn Bhreatainn an Ear".
  council('S12000045', 'East Dunbartonshire', 'Siorrachd Dhùn Breatann an Ear', 'East Dunbartonshire', 1, 4),
  council('S12000010', 'East Lothian', 'Lodainn an Ear', 'East Lothian', 2, 2),
  council('S12000011', 'East Renfrewshire', 'Siorrachd Rinn Friù an Ear', 'East Renfrewshire', 1, 3),
  council('S12000014', 'Falkirk', 'An Eaglais Bhreac', 'Falkirk', 3, 4),
  council('S12000047', 'Fife', 'Fìobha', 'Fife', 3, 2, [], ['S12000015']),
  council('S12000049', 'Glasgow City', 'Glaschu', 'Glasgow City', 4, 4, [], ['S12000046']),
  // The area name takes the article ("the Highlands"); the council is Comhairle na Gàidhealtachd.
  council('S12000017', 'Highland', "A' Ghàidhealtachd", 'Highland', 2, 1, ['Gàidhealtachd']),
  council('S12000018', 'Inverclyde', 'Inbhir Chluaidh', 'Inverclyde', 4, 3),
  council('S12000019', 'Midlothian', 'Meadhan Lodainn', 'Midlothian', 2, 3),
  council('S12000020', 'Moray', 'Moireibh', 'Moray', 2, 2),
  council('S12000013', 'Na h-Eileanan Siar', 'Na h-Eileanan Siar', 'Na h-Eileanan Siar', 4, 1, ['Eilean Siar', 'Comhairle nan Eilean Siar', 'Western Isles']),
  council('S12000021', 'North Ayrshire', 'Siorrachd Àir a Tuath', 'North Ayrshire', 4, 2),
  council('S12000050', 'North Lanarkshire', 'Siorrachd Lannraig a Tuath', 'North Lanarkshire', 4, 4, [], ['S12000044']),
  council('S12000023', 'Orkney Islands', 'Arcaibh', 'Orkney Islands', 1, 1, ['Orkney']),
  council('S12000048', 'Perth and Kinross', 'Peairt agus Ceann Rois', TAYSIDE, 1, 2, ['Perth & Kinross'], ['S12000024']),
  council('S12000038', 'Renfrewshire', 'Siorrachd Rinn Friù', 'Renfrewshire', 3, 3),
  council('S12000026', 'Scottish Borders', 'Crìochan na h-Alba', 'Scottish Borders', 2, 1, ['Borders']),
  council('S12000027', 'Shetland Islands', 'Sealtainn', 'Shetland Islands', 1, 1, ['Shetland']),
  council('S12000028', 'South Ayrshire', 'Siorrachd Àir a Deas', 'South Ayrshire', 3, 2),
  council('S12000029', 'South Lanarkshire', 'Siorrachd Lannraig a Deas', 'South Lanarkshire', 3, 3),
  council('S12000030', 'Stirling', 'Sruighlea', 'Stirling', 2, 2),
  // Unsure: see East Dunbartonshire.
  council('S12000039', 'West Dunbartonshire', 'Siorrachd Dhùn Breatann an Iar', 'West Dunbartonshire', 4, 4),
  council('S12000040', 'West Lothian', 'Lodainn an Iar', 'West Lothian', 3, 3),
];
