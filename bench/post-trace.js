// Loaded into the API process (`node -r`) by bench/api-process.ts when API_TRACE=<file> is set:
// for each liveblog POST, what it waited on before its broadcast. One JSON line a post: each
// Postgres query and pool checkout (start and end, ms from the request's start), the broadcast's
// start and end, the response's end, and the process's CPU ms up to the broadcast and during it.
// The bench posts one at a time, so whatever runs between a POST's start and its response is its.
// With API_TRACE_PROFILE=<file> too, the CPU profile of each post from its start to its broadcast,
// summed over the posts by package and by function (ms of samples), rewritten after each post.
'use strict';
const diagnostics = require('node:diagnostics_channel');
const fs = require('node:fs');
const path = require('node:path');
const pg = require('pg');
// Not among socket.io's exports: required by its file, the one Namespace.to() builds.
const { BroadcastOperator } = require(path.join(path.dirname(require.resolve('socket.io')), 'broadcast-operator.js'));

const file = process.env.API_TRACE;
const POST_PATH = /^\/api\/v1\/sessions\/[^/]+\/liveblog$/;
let current = null;

const profileFile = process.env.API_TRACE_PROFILE;
const profiler = profileFile ? new (require('node:inspector').Session)() : null;
const profiled = { posts: 0, byPackage: {}, byFunction: {} };
if (profiler) {
  // An in-process inspector session answers synchronously.
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.setSamplingInterval', { interval: 100 });
}

/** Adds a profile's samples to the sums: self time per package (node_modules/<name>, else the file's folder) and per function. */
function addProfile(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profiled.posts += 1;
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url ? url.replace(/^.*\/dist\//, '').split('/').slice(0, 3).join('/') : `(${functionName || 'native'})`);
    const fn = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${lineNumber + 1}`;
    profiled.byPackage[pkg] = (profiled.byPackage[pkg] ?? 0) + ms;
    profiled.byFunction[fn] = (profiled.byFunction[fn] ?? 0) + ms;
  });
  const top = (sums, n) => Object.fromEntries(Object.entries(sums).sort(([, a], [, b]) => b - a).slice(0, n).map(([key, ms]) => [key, Number((ms / profiled.posts).toFixed(2))]));
  fs.writeFileSync(profileFile, JSON.stringify({ posts: profiled.posts, msPerPostByPackage: top(profiled.byPackage, 40), msPerPostByFunction: top(profiled.byFunction, 60) }, null, 1));
}

const now = () => performance.now();
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

diagnostics.subscribe('http.server.request.start', ({ request }) => {
  if (request.method !== 'POST' || !POST_PATH.test(request.url)) return;
  current = { t0: now(), cpu0: cpuMs(), steps: [], broadcast: null };
  profiler?.post('Profiler.start');
});

diagnostics.subscribe('http.server.response.finish', ({ request }) => {
  if (!current || request.method !== 'POST' || !POST_PATH.test(request.url)) return;
  const post = current;
  current = null;
  // A post that was never broadcast (refused, a draft): its profile is not one of a post's.
  if (!post.broadcast) profiler?.post('Profiler.stop');
  post.responded = now() - post.t0;
  delete post.t0;
  delete post.cpu0;
  fs.appendFileSync(file, `${JSON.stringify(post)}\n`);
});

/** Records a step of the current post from now until its promise or callback settles. */
function timed(what, run) {
  const post = current;
  if (!post || post.broadcast) return run((done) => done);
  const step = { what, start: now() - post.t0, end: null };
  post.steps.push(step);
  return run((done) => (...args) => {
    step.end = now() - post.t0;
    return done(...args);
  });
}

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function tracedQuery(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text ?? '(submittable)';
  const what = text.replace(/\s+/g, ' ').trim().slice(0, 70);
  return timed(what, (wrap) => {
    if (typeof callback === 'function') return query.call(this, config, values, wrap(callback));
    if (typeof values === 'function') return query.call(this, config, wrap(values));
    const result = query.call(this, config, values);
    if (result && typeof result.then === 'function') {
      const settle = wrap(() => undefined);
      result.then(settle, settle);
    }
    return result;
  });
};

const connect = pg.Pool.prototype.connect;
pg.Pool.prototype.connect = function tracedConnect(callback) {
  return timed('(pool checkout)', (wrap) => {
    if (typeof callback === 'function') return connect.call(this, wrap(callback));
    const result = connect.call(this);
    const settle = wrap(() => undefined);
    result.then(settle, settle);
    return result;
  });
};

const emit = BroadcastOperator.prototype.emit;
BroadcastOperator.prototype.emit = function tracedEmit(...args) {
  const post = current;
  if (!post || post.broadcast) return emit.apply(this, args);
  const start = now() - post.t0;
  profiler?.post('Profiler.stop', (error, result) => !error && addProfile(result.profile));
  const cpuBefore = cpuMs();
  try {
    return emit.apply(this, args);
  } finally {
    post.broadcast = { start, end: now() - post.t0, cpuBefore: cpuBefore - post.cpu0, cpuDuring: cpuMs() - cpuBefore };
  }
};
