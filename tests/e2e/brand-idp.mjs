// The brand's own identity provider for the external-provider tests: node's oidc-provider (an
// OpenID Certified implementation) on 127.0.0.1, with its own login page (the same field ids as the
// hub's, so one browser script drives both), one customer account, and three clients:
//   signet-messaging     the hub, for iOS 16+ (client_secret_basic, returns to the hub's callback)
//   apple-business-chat  Apple's side, for iOS 12–15 (client_secret_post, as Apple sends it)
//   signet-desk          the desk, which may only introspect tokens
// The secrets come from the environment (BRAND_MESSAGING_SECRET, BRAND_APPLE_SECRET,
// BRAND_DESK_SECRET); the hub's base URL is the first argument. Prints one JSON line with the
// issuer and endpoints once it listens, and exits when its standard input closes.
// Usage: node brand-idp.mjs HUB_BASE_URL
import { createServer } from 'node:http';
import { generateKeyPairSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import Provider from 'oidc-provider';

const hub = process.argv[2];
const secret = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const maxAttempts = 5;

// Passwords as salted slow hashes, as a real provider keeps them.
const hash = (password, salt) => scryptSync(password, salt, 32);
const salt = randomBytes(16);
const accounts = new Map([
  ['maya@example.com', {
    sub: 'acme-maya-1001', hash: hash('maya-demo-pass', salt),
    claims: { name: 'Maya Chen', email: 'maya@example.com', email_verified: true, membership_tier: 'gold' },
  }],
]);

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
const provider = new Provider(issuer, {
  clients: [
    { client_id: 'signet-messaging', client_secret: secret('BRAND_MESSAGING_SECRET'),
      redirect_uris: [`${hub}/apple/callback`], grant_types: ['authorization_code'], response_types: ['code'] },
    { client_id: 'apple-business-chat', client_secret: secret('BRAND_APPLE_SECRET'),
      token_endpoint_auth_method: 'client_secret_post',
      redirect_uris: ['https://auth.businesschat.apple.com', `${hub}/apple/legacy-return`],
      grant_types: ['authorization_code'], response_types: ['code'] },
    // RFC 9701: its introspection answers come signed, which the desk hands the hub as proof of an
    // iOS 12–15 sign-in (the hub never sees those tokens).
    { client_id: 'signet-desk', client_secret: secret('BRAND_DESK_SECRET'),
      introspection_signed_response_alg: 'RS256',
      redirect_uris: [], grant_types: [], response_types: [] },
  ],
  jwks: { keys: [{ ...signingKey, kid: 'brand-test', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'membership_tier'] },
  features: {
    devInteractions: { enabled: false },
    introspection: { enabled: true },
    jwtIntrospection: { enabled: true },
  },
  // Who the token's customer is, in the token's introspection answer too, so that the statement
  // the hub checks names her (oidc-provider's documented hook for claims carried by tokens).
  async extraTokenClaims(ctx, token) {
    const account = [...accounts.values()].find((a) => a.sub === token.accountId);
    return account && { name: account.claims.name, email: account.claims.email,
      membership_tier: account.claims.membership_tier };
  },
  ttl: { AccessToken: 3600, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const account = [...accounts.values()].find((a) => a.sub === sub);
    return account && { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
  },
  // First-party clients: the customer is not asked to consent again.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const loginPage = (uid, error) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Acme Identity</title></head><body><h1>Acme Identity</h1>
${error ? `<p id="error">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<input id="username" name="username" autocomplete="username">
<input id="password" name="password" type="password" autocomplete="current-password">
<button id="signin" type="submit">Sign in</button></form></body></html>`;

const readForm = async (req) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
};
const attempts = new Map(); // interaction uid → wrong passwords so far

const oidcHandler = provider.callback();
server.on('request', async (req, res) => {
  const match = req.url.match(/^\/interaction\/([^/?]+)(\/login)?/);
  if (!match) return oidcHandler(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== match[1]) throw new Error('interaction mismatch');
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(loginPage(details.uid));
    }
    const form = await readForm(req);
    const account = accounts.get(form.get('username') || '');
    const given = hash(form.get('password') || '', salt);
    if (account && timingSafeEqual(given, account.hash)) {
      attempts.delete(details.uid);
      return await provider.interactionFinished(req, res, { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false });
    }
    const failures = (attempts.get(details.uid) || 0) + 1;
    attempts.set(details.uid, failures);
    if (failures >= maxAttempts) {
      attempts.delete(details.uid);
      return await provider.interactionFinished(req, res, {
        error: 'access_denied', error_description: 'Too many wrong passwords.' },
        { mergeWithLastSubmission: false });
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(loginPage(details.uid,
      `Wrong email or password. ${maxAttempts - failures} attempts left.`));
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(`This sign-in page has expired: ${error.message}`);
  }
});

console.log(JSON.stringify({
  issuer,
  discovery: `${issuer}/.well-known/openid-configuration`,
  userinfo: `${issuer}/me`,
  introspection: `${issuer}/token/introspection`,
}));
process.stdin.resume();
process.stdin.on('end', () => { server.close(); process.exit(0); });
