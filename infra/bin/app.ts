#!/usr/bin/env node
import { addClearCampusStacks, createApp, stageOf } from '../lib/stacks.js';

const app = createApp();
addClearCampusStacks(app, { stage: stageOf(app) });
app.synth();
