import type { ApiGroup } from '../app.js';
import { attemptRoutes } from '../routes/attempts.js';
import { certificateRoutes } from '../routes/certificates.js';
import { questionRoutes } from '../routes/questions.js';
import { quizRoutes } from '../routes/quizzes.js';

export const quizzes: ApiGroup = { name: 'quizzes', routes: [questionRoutes, quizRoutes, attemptRoutes, certificateRoutes] };
