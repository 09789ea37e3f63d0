import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ActivitiesResponse,
  ActivityResponse,
  changeProblem,
  CreateActivityRequest,
  PhotoUploadRequest,
  PhotoUploadResponse,
  QuestionRequest,
  UpdateActivityRequest,
  type Activity,
  type ActivityFields,
} from '../../domain/activities/activity.js';
import { ACTIVITY_LIMITS } from '../../domain/activities/activity-rules.js';
import { conflict, detail, notFound, ruleBroken } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import type { Unit } from '../../domain/org/units.js';
import { recordedDateProblem, yearOfDate } from '../../domain/school-years/recorded-dates.js';
import { schoolYearOf } from '../../domain/school-years/years.js';
import { SchoolId } from '../../domain/transfers/transfer.js';
import type { Deps } from '../../services/deps.js';
import { getAccount } from '../../store/accounts.js';
import { activitiesOfSchool, changeActivity, createActivity, getActivity, setPhotos, setQuestioned } from '../../store/activities.js';
import { getUnits, requireUnit } from '../../store/org.js';
import { audit } from '../audit.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const Id = z.string().min(1).max(40);
const SchoolParams = z.strictObject({ schoolId: SchoolId });
const ActivityParams = z.strictObject({ schoolId: SchoolId, activityId: Id });
const PhotoParams = z.strictObject({ schoolId: SchoolId, activityId: Id, photoId: Id });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };
const TAGS = ['activities'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/activities',
  tags: TAGS,
  summary: 'A school’s off-line activity records of one school year (this one by default), newest first, with their photos',
  request: {
    params: SchoolParams,
    query: z.strictObject({
      year: z
        .string()
        .regex(/^\d{4}-\d{4}$/)
        .optional(),
    }),
  },
  responses: { 200: jsonContent(ActivitiesResponse, 'Records'), ...COMMON },
});
const createActivityRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/activities',
  tags: TAGS,
  summary: 'The school’s staff record an activity it held; counted once towards its school year (an Idempotency-Key makes a retry find the same record)',
  request: { params: SchoolParams, headers: IdempotencyHeaders, ...jsonBody(CreateActivityRequest) },
  responses: { 201: jsonContent(ActivityResponse, 'Recorded'), ...COMMON, 422: ERRORS[422] },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/activities/{activityId}',
  tags: TAGS,
  summary: 'One activity record with its photos',
  request: { params: ActivityParams },
  responses: { 200: jsonContent(ActivityResponse, 'Record'), ...COMMON },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/api/schools/{schoolId}/activities/{activityId}',
  tags: TAGS,
  summary: `Its author changes a record, for ${ACTIVITY_LIMITS.editDays} days; 409 when it changed since \`version\``,
  request: { params: ActivityParams, ...jsonBody(UpdateActivityRequest) },
  responses: { 200: jsonContent(ActivityResponse, 'Changed'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/schools/{schoolId}/activities/{activityId}',
  tags: TAGS,
  summary: `Its author or the school admin deletes a record, for ${ACTIVITY_LIMITS.editDays} days: kept as deleted, no longer counted, audited`,
  request: { params: ActivityParams, query: z.strictObject({ version: z.coerce.number().int().min(1) }) },
  responses: { 200: jsonContent(ActivityResponse, 'Deleted'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const addPhotoRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/activities/{activityId}/photos',
  tags: TAGS,
  summary: `A place for a photo (at most ${ACTIVITY_LIMITS.photos.max}) and where to PUT it; the browser resizes it first`,
  request: { params: ActivityParams, ...jsonBody(PhotoUploadRequest) },
  responses: { 201: jsonContent(PhotoUploadResponse, 'Upload here'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const confirmPhotoRoute = createRoute({
  method: 'put',
  path: '/api/schools/{schoolId}/activities/{activityId}/photos/{photoId}',
  tags: TAGS,
  summary: 'The photo was uploaded: checked and shown from now on; 409 when its bytes have not arrived',
  request: { params: PhotoParams },
  responses: { 200: jsonContent(ActivityResponse, 'Ready'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const deletePhotoRoute = createRoute({
  method: 'delete',
  path: '/api/schools/{schoolId}/activities/{activityId}/photos/{photoId}',
  tags: TAGS,
  summary: 'Its author takes a photo off a record that is not locked',
  request: { params: PhotoParams },
  responses: { 200: jsonContent(ActivityResponse, 'Removed'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const questionRoute = createRoute({
  method: 'put',
  path: '/api/schools/{schoolId}/activities/{activityId}/question',
  tags: TAGS,
  summary: 'A bureau above the school questions a record (a spot check); the school sees the reason',
  request: { params: ActivityParams, ...jsonBody(QuestionRequest) },
  responses: { 200: jsonContent(ActivityResponse, 'Questioned'), ...COMMON },
});
const unquestionRoute = createRoute({
  method: 'delete',
  path: '/api/schools/{schoolId}/activities/{activityId}/question',
  tags: TAGS,
  summary: 'A bureau above the school withdraws its question',
  request: { params: ActivityParams },
  responses: { 200: jsonContent(ActivityResponse, 'Withdrawn'), ...COMMON },
});

const photoKey = (activity: Activity, photoId: string) => `activities/${activity.schoolId}/${activity.id}/${photoId}`;

/** The record as the API shows it: ready photos with a download URL for a short while. */
async function shown(deps: Deps, activity: Activity): Promise<Activity> {
  const photos = await Promise.all(
    activity.photos.map(async (photo) =>
      photo.status === 'ready' ? { ...photo, url: await deps.blobs.downloadUrl(photoKey(activity, photo.id), deps.now()) } : photo,
    ),
  );
  return { ...activity, photos };
}

async function schoolFor(c: Context<AppEnv>, schoolId: string, action: 'activity.record' | 'activity.view' | 'activity.question'): Promise<Unit> {
  const school = await requireUnit(c.get('deps').db, schoolId);
  authorize(requireSession(c), action, { path: school.path, kind: school.kind });
  return school;
}

async function activityFor(c: Context<AppEnv>, schoolId: string, activityId: string, action: 'activity.record' | 'activity.view' | 'activity.question') {
  await schoolFor(c, schoolId, action);
  const activity = await getActivity(c.get('deps').db, schoolId, activityId);
  if (!activity) throw notFound('Activity');
  return activity;
}

/** The fields checked against the school and the clock: a date that happened, classes of this school. */
async function checkedFields(deps: Deps, school: Unit, fields: ActivityFields) {
  const problem = recordedDateProblem(fields.date, deps.now());
  if (problem) throw problem;
  if (fields.classIds.length) {
    const named = await getUnits(deps.db, [...new Set(fields.classIds)]);
    const stranger = fields.classIds.findIndex((id) => named.get(id)?.kind !== 'class' || named.get(id)?.parentId !== school.id);
    if (stranger >= 0) throw ruleBroken('Name classes of this school', [detail(`classIds.${stranger}`, 'not_school_class', 'not a class of this school')]);
  }
  const { kind, date, participants, hours, description } = fields;
  return {
    kind,
    date,
    year: yearOfDate(date),
    classIds: [...new Set(fields.classIds)],
    grades: [...new Set(fields.grades)].sort((a, b) => a - b),
    participants,
    hours,
    description,
  };
}

/** The record changed by its author (or deleted), as the next version. */
async function changed(c: Context<AppEnv>, before: Activity, after: Activity) {
  if ((await changeActivity(c.get('deps').db, before, after)) === 'stale') throw conflict('Someone changed this record meanwhile; reload it');
  return shown(c.get('deps'), after);
}

export function activityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const deps = c.get('deps');
    const school = await schoolFor(c, c.req.valid('param').schoolId, 'activity.view');
    const year = c.req.valid('query').year ?? schoolYearOf(deps.now());
    const activities = await activitiesOfSchool(deps.db, school.id, year);
    return c.json({ activities: await Promise.all(activities.map((a) => shown(deps, a))) }, 200);
  });

  app.openapi(createActivityRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const school = await schoolFor(c, c.req.valid('param').schoolId, 'activity.record');
    const fields = await checkedFields(deps, school, c.req.valid('json'));
    const key = c.req.valid('header')['idempotency-key'];
    const at = new Date(deps.now()).toISOString();
    const activity: Activity = {
      id: key ? idFromKey('act', session.userId, key) : newId('act'),
      schoolId: school.id,
      schoolPath: school.path,
      ...fields,
      photos: [],
      photoRev: 0,
      createdBy: session.userId,
      createdByName: (await getAccount(deps.db, session.userId))?.displayName ?? '',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    if ((await createActivity(deps.db, activity)) === 'exists') {
      const first = await getActivity(deps.db, school.id, activity.id);
      return c.json({ activity: await shown(deps, first!) }, 201);
    }
    return c.json({ activity: await shown(deps, activity) }, 201);
  });

  app.openapi(getRoute, async (c) => {
    const { schoolId, activityId } = c.req.valid('param');
    return c.json({ activity: await shown(c.get('deps'), await activityFor(c, schoolId, activityId, 'activity.view')) }, 200);
  });

  app.openapi(updateRoute, async (c) => {
    const deps = c.get('deps');
    const { schoolId, activityId } = c.req.valid('param');
    const before = await activityFor(c, schoolId, activityId, 'activity.record');
    const problem = changeProblem(before, requireSession(c), deps.now());
    if (problem) throw problem;
    const body = c.req.valid('json');
    if (body.version !== before.version) throw conflict('Someone changed this record meanwhile; reload it');
    const fields = await checkedFields(deps, await requireUnit(deps.db, schoolId), body);
    const after: Activity = { ...before, ...fields, version: before.version + 1, updatedAt: new Date(deps.now()).toISOString() };
    return c.json({ activity: await changed(c, before, after) }, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const { schoolId, activityId } = c.req.valid('param');
    const before = await activityFor(c, schoolId, activityId, 'activity.record');
    const { version } = c.req.valid('query');
    // A repeat of the deletion, after it or at the same time: the same answer, audited once.
    const deletedAlready = (record: Activity | null) => !!record?.deletedAt && record.version === version + 1;
    if (deletedAlready(before)) return c.json({ activity: await shown(deps, before) }, 200);
    const problem = changeProblem(before, session, deps.now(), true);
    if (problem) throw problem;
    if (version !== before.version) throw conflict('Someone changed this record meanwhile; reload it');
    const at = new Date(deps.now()).toISOString();
    const after: Activity = { ...before, version: before.version + 1, updatedAt: at, deletedAt: at, deletedBy: session.userId };
    if ((await changeActivity(deps.db, before, after)) === 'stale') {
      const now = await getActivity(deps.db, schoolId, activityId);
      if (deletedAlready(now)) return c.json({ activity: await shown(deps, now!) }, 200);
      throw conflict('Someone changed this record meanwhile; reload it');
    }
    await audit(c, 'activity.delete', { type: 'activity', id: before.id, path: before.schoolPath });
    return c.json({ activity: await shown(deps, after) }, 200);
  });

  app.openapi(addPhotoRoute, async (c) => {
    const deps = c.get('deps');
    const { schoolId, activityId } = c.req.valid('param');
    const activity = await activityFor(c, schoolId, activityId, 'activity.record');
    const problem = changeProblem(activity, requireSession(c), deps.now());
    if (problem) throw problem;
    if (activity.photos.length >= ACTIVITY_LIMITS.photos.max)
      throw ruleBroken(`A record has at most ${ACTIVITY_LIMITS.photos.max} photos`, [
        detail('photos', 'too_many_photos', 'no place left', { max: ACTIVITY_LIMITS.photos.max }),
      ]);
    const { contentType, bytes } = c.req.valid('json');
    const photo = { id: newId('pho'), contentType, status: 'pending' as const, bytes, addedAt: new Date(deps.now()).toISOString() };
    if (!(await setPhotos(deps.db, activity, [...activity.photos, photo]))) throw conflict('The record’s photos changed meanwhile; try again');
    const upload = await deps.blobs.uploadUrl(photoKey(activity, photo.id), { contentType, bytes }, deps.now());
    return c.json({ photo, upload }, 201);
  });

  app.openapi(confirmPhotoRoute, async (c) => {
    const deps = c.get('deps');
    const { schoolId, activityId, photoId } = c.req.valid('param');
    const activity = await activityFor(c, schoolId, activityId, 'activity.record');
    const photo = activity.photos.find((p) => p.id === photoId);
    if (!photo) throw notFound('Photo');
    if (photo.status === 'ready') return c.json({ activity: await shown(deps, activity) }, 200);
    const problem = changeProblem(activity, requireSession(c), deps.now());
    if (problem) throw problem;
    const stored = await deps.blobs.head(photoKey(activity, photoId));
    if (!stored) throw conflict('The photo has not arrived; upload it again');
    if (stored.contentType !== photo.contentType || stored.bytes > ACTIVITY_LIMITS.photoBytes) {
      await deps.blobs.remove(photoKey(activity, photoId));
      throw ruleBroken('The upload is not the photo announced', [detail('photoId', 'photo_mismatch', 'another type or size')]);
    }
    const photos = activity.photos.map((p) => (p.id === photoId ? { ...p, status: 'ready' as const, bytes: stored.bytes } : p));
    if (await setPhotos(deps.db, activity, photos))
      return c.json({ activity: await shown(deps, { ...activity, photos, photoRev: activity.photoRev + 1 }) }, 200);
    // The same confirmation sent twice at once: the one that lost finds the photo ready.
    const now = await getActivity(deps.db, schoolId, activityId);
    if (now?.photos.find((p) => p.id === photoId)?.status === 'ready') return c.json({ activity: await shown(deps, now) }, 200);
    throw conflict('The record’s photos changed meanwhile; try again');
  });

  app.openapi(deletePhotoRoute, async (c) => {
    const deps = c.get('deps');
    const { schoolId, activityId, photoId } = c.req.valid('param');
    const activity = await activityFor(c, schoolId, activityId, 'activity.record');
    const problem = changeProblem(activity, requireSession(c), deps.now());
    if (problem) throw problem;
    if (!activity.photos.some((p) => p.id === photoId)) return c.json({ activity: await shown(deps, activity) }, 200);
    const photos = activity.photos.filter((p) => p.id !== photoId);
    if (!(await setPhotos(deps.db, activity, photos))) throw conflict('The record’s photos changed meanwhile; try again');
    await deps.blobs.remove(photoKey(activity, photoId));
    return c.json({ activity: await shown(deps, { ...activity, photos, photoRev: activity.photoRev + 1 }) }, 200);
  });

  app.openapi(questionRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const { schoolId, activityId } = c.req.valid('param');
    const activity = await activityFor(c, schoolId, activityId, 'activity.question');
    const unit = await requireUnit(deps.db, session.orgId);
    const questioned = { by: session.userId, unitName: unit.name.zh, reason: c.req.valid('json').reason, at: new Date(deps.now()).toISOString() };
    await setQuestioned(deps.db, activity, questioned);
    return c.json({ activity: await shown(deps, { ...activity, questioned }) }, 200);
  });

  app.openapi(unquestionRoute, async (c) => {
    const deps = c.get('deps');
    const { schoolId, activityId } = c.req.valid('param');
    const activity = await activityFor(c, schoolId, activityId, 'activity.question');
    await setQuestioned(deps.db, activity, null);
    const { questioned: _withdrawn, ...rest } = activity;
    return c.json({ activity: await shown(deps, rest) }, 200);
  });
}
