// LivePerson's own agent SDK (npm node-agent-sdk, unmodified) drives a real signet-hub over
// https and wss: discovery (csdsDomain, with the WebSocket's host overridden through domains), login,
// refresh by cookie and csrf, the WebSocket with its version parameter, and an agent's whole job
// with a demo customer: online, routing tasks, accept the ring, read the customer's message,
// reply (the customer's phone acknowledges and reads it, and she answers), ask her to sign in
// (Apple's authentication request, the token encrypted to a P-384 key made here), decrypt the
// token and check it at the brand's provider, close the conversation. Every step is asserted;
// the first failure ends the run with its reason.
//
// Run by run-agent-sdk.sh, which installs the SDK into a scratch folder, starts the hub with its
// self-signed certificate and trusts that certificate (NODE_EXTRA_CA_CERTS), nothing else.
//   node agent-sdk.mjs --sdk DIR --port N --account ID --user NAME   (password on SIGNET_PASSWORD)
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import dc from 'node:diagnostics_channel';
import https from 'node:https';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    sdk: { type: 'string' },
    port: { type: 'string' },
    account: { type: 'string', default: 'signet' },
    user: { type: 'string' },
  },
});
const password = process.env.SIGNET_PASSWORD;
assert.ok(args.sdk && args.port && args.user && password, 'usage: --sdk DIR --port N --user NAME');
const require = createRequire(path.join(path.resolve(args.sdk), 'node_modules', 'index.js'));
const { Agent } = require('node-agent-sdk');
const sdkVersion = require('node-agent-sdk/package.json').version;

const STEP_TIMEOUT_MS = 30000;
const REFRESH_MS = 1500;
const discovery = `127.0.0.1:${args.port}`;
// The WebSocket's host through the SDK's domains override. (Not the login's: the SDK refreshes at
// the discovered agentVep host whatever the override says, and its cookie is the login host's.)
const messagingHost = `localhost:${args.port}`;

let step = 'starting';
function say(text) {
  step = text;
  console.log(`· ${text}`);
}

// Every HTTP exchange the SDK makes (the WebSocket's upgrade too), observed without touching it.
const requests = [];
const exchanges = [];
dc.subscribe('http.client.request.start', ({ request }) => {
  requests.push({ host: request.host, path: request.path });
});
dc.subscribe('http.client.response.finish', ({ request, response }) => {
  exchanges.push({ host: request.host, path: request.path, status: response.statusCode });
});

// Waits for an SDK event whose body passes the test; rejects after the timeout with what it was.
function next(agent, event, test, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      agent.removeListener(event, listener);
      reject(new Error(`no ${what} within ${STEP_TIMEOUT_MS / 1000} s`));
    }, STEP_TIMEOUT_MS);
    function listener(body) {
      let found;
      try {
        found = test(body);
      } catch (error) {
        found = undefined;
      }
      if (found) {
        clearTimeout(timer);
        agent.removeListener(event, listener);
        resolve(found);
      }
    }
    agent.on(event, listener);
  });
}

// The SDK's requests, as promises: resolves with the response body, rejects with the hub's error.
function call(agent, name, body, metadata) {
  return new Promise((resolve, reject) => {
    const done = (error, response) => {
      if (error) reject(new Error(`${name}: ${JSON.stringify(error.body || error.message || error)}`));
      else resolve(response);
    };
    if (metadata) agent[name](body, undefined, metadata, done);
    else agent[name](body, done);
  });
}

// Apple's ECIES (PROTOCOL.md §4): ephemeral point ‖ ciphertext ‖ tag; X9.63 KDF with SHA-256 over
// the shared secret, SharedInfo the ephemeral point; AES-256-GCM with a 16-byte IV.
function decryptAppleToken(ecdh, token) {
  const bytes = Buffer.from(token, 'base64');
  const ephemeral = bytes.subarray(0, 97);
  const ciphertext = bytes.subarray(97, bytes.length - 16);
  const tag = bytes.subarray(bytes.length - 16);
  const shared = ecdh.computeSecret(ephemeral);
  let derived = Buffer.alloc(0);
  for (let counter = 1; derived.length < 48; ++counter) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    derived = Buffer.concat([
      derived,
      crypto.createHash('sha256').update(shared).update(c).update(ephemeral).digest(),
    ]);
  }
  const decipher = crypto.createDecipheriv('aes-256-gcm', derived.subarray(0, 32),
                                           derived.subarray(32, 48), { authTagLength: 16 });
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

function getJson(url, bearer) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { headers: { Authorization: `Bearer ${bearer}` } }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode, body: JSON.parse(text) });
          } catch (error) {
            reject(new Error(`${url}: not JSON (${response.statusCode})`));
          }
        });
      })
      .on('error', reject);
  });
}

async function main() {
  console.log(`node-agent-sdk ${sdkVersion} against signet-hub on https://${discovery}`);
  const errors = [];
  say('discovery at csdsDomain, login, the WebSocket at the overridden asyncMessagingEnt host');
  const agent = new Agent({
    accountId: args.account,
    username: args.user,
    password,
    csdsDomain: discovery,
    domains: { asyncMessagingEnt: messagingHost },
    refreshSessionInterval: REFRESH_MS,
  });
  agent.on('error', (error) => errors.push(error));
  await next(agent, 'connected', () => true, 'WebSocket connection');
  const csds = exchanges.find((e) => e.path.includes('/service/baseURI.json'));
  assert.equal(csds?.status, 200, 'CSDS discovery answered');
  assert.equal(csds.host, '127.0.0.1', 'discovery went to csdsDomain');
  const login = exchanges.find((e) => e.path.startsWith(`/api/account/${args.account}/login`));
  assert.equal(login?.status, 200, 'login answered');
  assert.equal(login.host, '127.0.0.1', 'login went to the discovered agentVep host');
  const socket = requests.find((r) => r.path.startsWith(`/ws_api/account/${args.account}/messaging/brand/`));
  assert.equal(socket?.host, 'localhost', 'the WebSocket went to the domains override');
  assert.match(socket.path, /\?v=2\.1$/, 'with the version parameter');
  assert.ok(agent.agentId, 'login gave the agent its id (config.userPid)');
  assert.equal(agent.userId, agent.agentId, 'userId and userPid are the same id on signet-hub');

  say('GetClock');
  const clock = await call(agent, 'getClock', {});
  assert.ok(Math.abs(clock.currentTime - Date.now()) < 60000, 'the hub tells the time');

  say('SetAgentState ONLINE, SubscribeRoutingTasks, SubscribeExConversations (own conversations)');
  const rings = [];
  agent.on('routing.RoutingTaskNotification', (body) => rings.push(body));
  await call(agent, 'setAgentState', { availability: 'ONLINE' });
  const routing = await call(agent, 'subscribeRoutingTasks', {});
  assert.ok(routing.subscriptionId, 'routing subscription id');
  const conversations = await call(agent, 'subscribeExConversations',
                                   { convState: ['OPEN'], agentIds: [agent.agentId] });
  assert.ok(conversations.subscriptionId, 'conversation subscription id');

  say('a ring for the demo customer Maya');
  const findMaya = (body) =>
    body.changes.find((c) => c.type === 'UPSERT' && c.result.consumerId === 'demo-maya' &&
                             c.result.ringsDetails.some((r) => r.ringState === 'WAITING'));
  const mayaRing = rings.map(findMaya).find(Boolean) ||
                   (await next(agent, 'routing.RoutingTaskNotification', findMaya, "Maya's ring"));
  const convId = mayaRing.result.conversationId;
  const ringId = mayaRing.result.ringsDetails[0].ringId;
  assert.ok(convId && ringId, 'the ring names the conversation and the ring');

  say('UpdateRingState ACCEPTED');
  const mine = next(agent, 'cqm.ExConversationChangeNotification', (body) =>
    body.changes.find((c) => c.type === 'UPSERT' && c.result.convId === convId &&
                             c.result.conversationDetails.state === 'OPEN'), 'the accepted conversation');
  await call(agent, 'updateRingState', { ringId, ringState: 'ACCEPTED' });
  const accepted = (await mine).result.conversationDetails;
  const assigned = accepted.participants.find((p) => p.role === 'ASSIGNED_AGENT');
  assert.equal(assigned?.id, agent.agentId, 'the agent is the assigned agent');
  assert.equal(accepted.getMyRole(), 'ASSIGNED_AGENT', 'the old ids name the agent too');
  const consumer = accepted.participants.find((p) => p.role === 'CONSUMER');
  assert.equal(consumer?.id, 'demo-maya', 'the customer is a participant');
  assert.equal(accepted.context.type, 'AppleBusinessChat', "Maya writes from Apple's Messages");

  say("GetUserProfile: the customer's name");
  const profile = await call(agent, 'getUserProfile', consumer.id);
  const personal = profile.find((sde) => sde.type === 'personal');
  assert.equal(personal?.personal.firstname, 'Maya', "the profile's first name");

  say("SubscribeMessagingEvents from the start: the customer's first message");
  const opening = next(agent, 'ms.MessagingEventNotification', (body) =>
    body.dialogId === convId &&
    body.changes.find((c) => c.originatorMetadata.role === 'CONSUMER' &&
                             c.event.type === 'ContentEvent'), "Maya's first message");
  await call(agent, 'subscribeMessagingEvents', { dialogId: convId, fromSeq: -1 });
  const first = await opening;
  assert.equal(first.sequence, 0, 'her message is the first event');
  assert.equal(first.originatorId, 'demo-maya', 'from Maya (originatorPId)');
  assert.match(first.event.message, /charged twice/, 'what she wrote');

  say('PublishEvent: a reply the customer receives');
  const reply = 'Hello Maya, I can see both charges. Let me look into it.';
  const echoed = next(agent, 'ms.MessagingEventNotification', (body) =>
    body.changes.find((c) => c.event.type === 'ContentEvent' && c.event.message === reply),
    'the reply as a notification');
  const published = await call(agent, 'publishEvent', {
    dialogId: convId,
    event: { type: 'ContentEvent', contentType: 'text/plain', message: reply },
  });
  assert.ok(published.sequence > first.sequence, 'the reply has the next sequence');
  const echo = await echoed;
  assert.equal(echo.isMe(), true, "the SDK knows the reply as the agent's own");
  assert.equal(echo.originatorMetadata.id, agent.agentId, "the reply's originator");
  await next(agent, 'ms.MessagingEventNotification', (body) =>
    body.changes.find((c) => c.originatorMetadata.role === 'CONSUMER' &&
                             c.event.type === 'AcceptStatusEvent' && c.event.status === 'READ' &&
                             c.event.sequenceList.includes(published.sequence)),
    "Maya's phone reading the reply");
  say("the customer's answer, live");
  const answer = await next(agent, 'ms.MessagingEventNotification', (body) =>
    body.changes.find((c) => c.originatorId === 'demo-maya' && c.event.type === 'ContentEvent' &&
                             c.sequence > published.sequence), "Maya's answer");
  assert.match(answer.event.message, /last Tuesday/, 'she answered the reply');

  say('PublishEvent: a sign-in request (RichContentEvent and Apple authentication metadata)');
  const ecdh = crypto.createECDH('secp384r1');
  const publicKey = ecdh.generateKeys(); // the uncompressed point, 97 bytes
  const requestIdentifier = crypto.randomUUID();
  const metadata = [
    {
      type: 'BusinessChatMessage',
      receivedMessage: { title: 'Sign in to Signet Bank', subtitle: 'To check the charges', style: 'icon' },
      replyMessage: { title: 'You signed in', style: 'icon' },
    },
    {
      type: 'ConnectorAuthenticationRequest',
      requestIdentifier,
      apple: { oauth2: { responseEncryptionKey: publicKey.toString('base64') } },
    },
  ];
  const content = {
    type: 'vertical',
    elements: [{ type: 'text', text: 'Sign in to Signet Bank', style: { bold: true } }],
  };
  const response = next(agent, 'ms.MessagingEventNotification', (body) =>
    body.changes.find((c) => (c.metadata || []).some((m) =>
      m.type === 'ConnectorAuthenticationResponse' && m.requestIdentifier === requestIdentifier)),
    "the customer's ConnectorAuthenticationResponse");
  const request = await call(agent, 'publishEvent',
                             { dialogId: convId, event: { type: 'RichContentEvent', content } },
                             metadata);
  assert.ok(request.sequence > answer.sequence, 'the sign-in request is stored');

  say('ConnectorAuthenticationResponse after the customer signs in');
  const signedIn = await response;
  assert.equal(signedIn.originatorMetadata.role, 'CONSUMER', 'the answer comes from the customer');
  const result = signedIn.metadata.find((m) => m.type === 'ConnectorAuthenticationResponse');
  assert.equal(result.status, true, `sign-in succeeded: ${JSON.stringify(result.errors || [])}`);
  assert.equal(result.encrypted, true, 'the token is encrypted');
  const token = decryptAppleToken(ecdh, result.token);
  assert.ok(token.length > 16, 'the token decrypts with the key made here');
  const userinfo = await getJson(`https://${discovery}/oauth/userinfo`, token);
  assert.equal(userinfo.status, 200, 'the brand provider accepts the token');
  assert.equal(userinfo.body.name, 'Maya Chen', 'the token is Maya\'s');

  say('UpdateConversationField: close');
  const closed = next(agent, 'cqm.ExConversationChangeNotification', (body) =>
    body.changes.find((c) => c.result.convId === convId &&
                             c.result.conversationDetails.state === 'CLOSE'), 'the close');
  await call(agent, 'updateConversationField', {
    conversationId: convId,
    conversationField: [{ field: 'ConversationStateField', conversationState: 'CLOSE' }],
  });
  await closed;

  say('the login was refreshed by cookie and csrf meanwhile');
  const refreshes = () =>
    exchanges.filter((e) => e.path.startsWith(`/api/account/${args.account}/refresh`));
  if (refreshes().length === 0)
    await new Promise((resolve) => setTimeout(resolve, REFRESH_MS * 2 + 500));
  const refreshed = refreshes();
  assert.ok(refreshed.length >= 1, 'the SDK refreshed its login');
  assert.ok(refreshed.every((e) => e.status === 200),
            `every refresh accepted: ${JSON.stringify(refreshed)}`);

  assert.deepEqual(errors.map(String), [], 'the SDK reported no error');
  agent.dispose();
  console.log(`conformance: every step passed (${refreshed.length} refreshes, ` +
              `${exchanges.length} HTTP exchanges)`);
}

const watchdog = setTimeout(() => {
  console.error(`FAIL at "${step}": the whole run took over 120 s`);
  process.exit(1);
}, 120000);
main().then(
  () => {
    clearTimeout(watchdog);
    process.exit(0);
  },
  (error) => {
    console.error(`FAIL at "${step}": ${error.message}`);
    process.exit(1);
  },
);
