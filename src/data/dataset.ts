import {LINK_COLUMNS, PLACE_COLUMNS, type Link, type Place, type Problem} from './model';
import {parseCsvTable} from './parse';
import {validateLinks, validatePlaces, type LinkValidationOptions} from './validate';

/** The places and links that passed validation, and every problem found on the way. */
export interface Dataset {
  places: Map<string, Place>;
  links: Link[];
  problems: Problem[];
}

/** Input texts of a dataset, with the file names used in problem reports. */
export interface DatasetSource {
  placesText: string;
  linksText: string;
  placesFile?: string;
  linksFile?: string;
}

/** Parses and validates places.csv and links.csv; bad rows are reported, good rows kept. */
export function parseDataset(
  src: DatasetSource,
  regions: ReadonlySet<string> | null,
  options: LinkValidationOptions = {},
): Dataset {
  const placesFile = src.placesFile ?? 'places.csv';
  const linksFile = src.linksFile ?? 'links.csv';
  const placeTable = parseCsvTable(src.placesText, placesFile, PLACE_COLUMNS);
  const placeReport = validatePlaces(placeTable.rows, placesFile, regions);
  const places = new Map(placeReport.valid.map((p) => [p.id, p]));
  const linkTable = parseCsvTable(src.linksText, linksFile, LINK_COLUMNS);
  const linkReport = validateLinks(linkTable.rows, linksFile, places, options);
  return {
    places,
    links: linkReport.valid,
    problems: [
      ...placeTable.problems,
      ...placeReport.problems,
      ...linkTable.problems,
      ...linkReport.problems,
    ],
  };
}
