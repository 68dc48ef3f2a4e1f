/** The blank workbooks' files, apart from the code that writes them, so pages name them without loading exceljs. */
import { fileURLToPath } from 'node:url';

/** Where the templates live in the package. */
export const templatesDir = fileURLToPath(new URL('../../../site/assets/templates/', import.meta.url));

/** One template per kind of record. */
export const TEMPLATE_FILES = { deputies: 'deputies.xlsx', stations: 'stations.xlsx', suggestions: 'suggestions.xlsx', votes: 'votes.xlsx', receptions: 'receptions.xlsx', activities: 'activities.xlsx' } as const;
