import { routeModule, type ApiGroup } from '../route-modules.js';

export const quizzes: ApiGroup = {
  name: 'quizzes',
  modules: [
    routeModule('questions', async () => (await import('../routes/questions.js')).questionRoutes),
    routeModule('quizzes', async () => (await import('../routes/quizzes.js')).quizRoutes),
    routeModule('attempts', async () => (await import('../routes/attempts.js')).attemptRoutes),
    routeModule('certificates', async () => (await import('../routes/certificates.js')).certificateRoutes),
  ],
};
