import { pathIds, type Unit } from '../domain/org/units.js';
import {
  classOfYear,
  monthsOf,
  requirementLaggards,
  schoolRow,
  schoolStatus,
  unitRow,
  type Requirement,
  type RequirementSchool,
} from '../domain/requirements/requirement.js';
import type { Db } from '../store/client.js';
import { schoolTally } from '../store/requirements.js';
import { mapLimited } from './map-limited.js';
import { allChildren, unitsDownTo } from './units-below.js';

/**
 * How a unit stands against a requirement: every school at or below it read from its month counters
 * (as the laggard list reads every school's), summed into the unit's row and its children's, with
 * the schools that do not meet it yet; for a school, its classes' lesson hours too.
 */
export async function requirementCoverage(db: Db, requirement: Requirement, unit: Unit) {
  const months = monthsOf(requirement.from, requirement.to);
  const below = unit.kind === 'school' ? [unit] : await unitsDownTo(db, unit, 'school');
  const schools = below.filter((u) => u.kind === 'school');
  const tallied = await mapLimited(schools, 16, async (school) => {
    const classes = (await allChildren(db, school.id)).filter((u) => u.kind === 'class' && classOfYear(u, requirement.year));
    const tally = await schoolTally(db, school, classes, months);
    return { row: schoolRow(school, schoolStatus(requirement, tally)), classHours: tally.classHours };
  });
  const rows: RequirementSchool[] = tallied.map((t) => t.row);
  const depth = pathIds(unit.path).length;
  const children = below
    .filter((u) => u.parentId === unit.id && u.kind !== 'class')
    .map((child) =>
      unitRow(
        child,
        rows.filter((row) => pathIds(row.path)[depth] === child.id),
      ),
    );
  const classes =
    unit.kind === 'school'
      ? (tallied[0]?.classHours ?? []).map((c) => ({ id: c.id, name: c.name, lessonHours: c.hours, meets: c.hours >= requirement.minLessonHours }))
      : [];
  return { requirement, unit: unitRow(unit, rows), children, laggards: requirementLaggards(rows), classes };
}
