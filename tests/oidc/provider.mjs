// A real OpenID provider for the tests: npm `oidc-provider` (8.8.1, certified by the
// OpenID Foundation), set up like a DigiD broker: one confidential client (the portal,
// client_secret_basic, PKCE S256 required), `bsn` and `acr` in the ID token, and test
// residents who sign in on a plain login page by typing their account id.
//
//   node tests/oidc/provider.mjs --port 4455 \
//     --redirect http://127.0.0.1:3000/auth/digid/callback [--tamper MODE]
//
// Environment instead of arguments: OIDC_PORT, OIDC_REDIRECT, OIDC_TAMPER,
// OIDC_CLIENT_ID (default meldwijzer), OIDC_CLIENT_SECRET (default
// meldwijzer-test-secret), OIDC_TOKEN_DELAY_MS.
//
// --tamper is the test fixture in front of the token endpoint: the provider answers
// as always, then the fixture rewrites the ID token in the answer, so the portal
// still speaks real OpenID Connect and meets one broken property at a time:
//   issuer | audience | expired | nonce   claims changed, signed with the real key
//   unknown-key                           signed with a key the provider never published
//   alg-none                              `alg: none`, no signature
//   replay                                a refused (reused) code gets the earlier,
//                                         valid answer again, as a broker that does
//                                         not enforce single use would
//   slow                                  the answer comes OIDC_TOKEN_DELAY_MS late
//                                         (default 5000)
//
// The accounts (type the id on the login page):
//   resident-a        BSN 111222333, level substantieel
//   resident-b        BSN 123456782, level substantieel
//   resident-hoog     BSN 999990019, level hoog
//   resident-basis    BSN 999990007, level basis (below the portal's minimum)
//   resident-bad-bsn  BSN 123456789 (fails the elfproef), level substantieel
//   resident-no-bsn   no BSN, level substantieel
//
// It prints `ready <issuer>` on standard output once it listens.

import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    redirect: { type: 'string', multiple: true },
    tamper: { type: 'string' },
  },
});

// Port 0: any free port; the `ready` line names the issuer with the port.
const port = Number(args.port ?? process.env.OIDC_PORT ?? 0);
const redirects = args.redirect ?? [
  process.env.OIDC_REDIRECT ?? 'http://127.0.0.1:3000/auth/digid/callback',
];
const tamper = args.tamper ?? process.env.OIDC_TAMPER ?? '';
const clientId = process.env.OIDC_CLIENT_ID ?? 'meldwijzer';
const clientSecret = process.env.OIDC_CLIENT_SECRET ?? 'meldwijzer-test-secret';
const tokenDelay = Number(process.env.OIDC_TOKEN_DELAY_MS ?? 5000);

const LEVEL = {
  basis: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
  midden: 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
  substantieel: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard',
  hoog: 'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI',
};

const ACCOUNTS = {
  'resident-a': { bsn: '111222333', level: 'substantieel', name: 'Fatima El Amrani' },
  'resident-b': { bsn: '123456782', level: 'substantieel', name: 'Piotr Nowak' },
  'resident-hoog': { bsn: '999990019', level: 'hoog' },
  'resident-basis': { bsn: '999990007', level: 'basis' },
  'resident-bad-bsn': { bsn: '123456789', level: 'substantieel' },
  'resident-no-bsn': { level: 'substantieel' },
};

// The provider's signing key, and one it never publishes (for `unknown-key`).
async function rsaKey(kid) {
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  return { ...(await jose.exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}
const signingJwk = await rsaKey('provider-key');
const strangerJwk = await rsaKey('stranger-key');

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head><body><main>
<h1>${escape(title)}</h1>${body}</main></body></html>`;
}

const configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirects,
      post_logout_redirect_uris: redirects.map((r) => new URL('/auth/digid/signed-out', r).href),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    },
  ],
  jwks: { keys: [signingJwk] },
  pkce: { required: () => true, methods: ['S256'] },
  acrValues: Object.values(LEVEL),
  claims: {
    // acr with the openid scope: DigiD brokers always send the level reached.
    acr: null, auth_time: null, sid: null, iss: null, openid: ['sub', 'bsn', 'acr'], profile: ['name'],
  },
  // Claims in the ID token itself, as DigiD brokers send them.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        // The provider's form, with its own button inside so a plain HTTP client
        // (and a browser without JavaScript) can send it.
        ctx.body = page(
          'Sign out',
          form.replace('</form>', '<button type="submit" name="logout" value="yes">Yes, sign me out</button></form>'),
        );
      },
    },
  },
  findAccount: async (ctx, id) => {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return {
      accountId: id,
      claims: async () => ({
        sub: id,
        ...(account.bsn ? { bsn: account.bsn } : {}),
        ...(account.name ? { name: account.name } : {}),
      }),
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['meldwijzer-test-provider-cookie-key'] },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60 },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Error', `<pre>${escape(JSON.stringify(out))}</pre>`);
  },
};

// Listen first, so the issuer can name the port that was free.
let provider;
let callback;
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      console.error('interaction failed', error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end(String(error));
      }
    });
    return;
  }
  callback(req, res);
});
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

provider = new Provider(issuer, configuration);
provider.on('server_error', (ctx, error) => console.error('server_error', error));

// ---- The fixture in front of the token endpoint.
let lastGoodToken = null;

async function rewrite(idToken) {
  const claims = jose.decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  const signWith = async (payload, jwk) => {
    const key = await jose.importJWK(jwk, 'RS256');
    return new jose.SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })
      .sign(key);
  };
  switch (tamper) {
    case 'issuer':
      return signWith({ ...claims, iss: 'http://127.0.0.1:9/another-issuer' }, signingJwk);
    case 'audience':
      return signWith({ ...claims, aud: 'another-client' }, signingJwk);
    case 'expired':
      return signWith({ ...claims, iat: now - 7200, exp: now - 3600 }, signingJwk);
    case 'nonce':
      return signWith({ ...claims, nonce: 'not-the-nonce-the-portal-sent' }, signingJwk);
    case 'unknown-key':
      return signWith(claims, strangerJwk);
    case 'alg-none': {
      const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    }
    default:
      return idToken;
  }
}

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || !tamper) return;
  if (tamper === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, tokenDelay));
    return;
  }
  if (tamper === 'replay') {
    if (ctx.status === 200) {
      lastGoodToken = ctx.body;
    } else if (lastGoodToken && ctx.body?.error === 'invalid_grant') {
      ctx.status = 200;
      ctx.body = lastGoodToken;
    }
    return;
  }
  if (ctx.status === 200 && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await rewrite(ctx.body.id_token) };
  }
});

// ---- The login page (the "interaction"): type an account id, or cancel.
async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res) {
  const url = new URL(req.url, issuer);
  const parts = url.pathname.split('/').filter(Boolean); // interaction, uid, [action]
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params, session } = details;
  if (req.method === 'GET' && parts.length === 2) {
    if (prompt.name === 'consent') {
      // The portal is the municipality's own client: no consent screen.
      const grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
      grant.addOIDCScope(String(params.scope));
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, {
        mergeWithLastSubmission: true,
      });
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      page(
        'DigiD (test provider)',
        `<form method="post" action="/interaction/${uid}/login">
<label for="login">Account id</label>
<input id="login" name="login" autocomplete="off" autofocus required>
<button type="submit" id="sign-in">Sign in</button>
</form>
<form method="post" action="/interaction/${uid}/abort">
<button type="submit" id="cancel">Cancel</button>
</form>`,
      ),
    );
    return;
  }
  if (req.method === 'POST' && parts[2] === 'login') {
    const form = await readForm(req);
    const id = form.get('login') ?? '';
    const account = ACCOUNTS[id];
    if (!account) {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page('Unknown account', `<p>No account ${escape(id)}.</p>`));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: id, acr: LEVEL[account.level] } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (req.method === 'POST' && parts[2] === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The resident cancelled.' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  res.statusCode = 404;
  res.end();
}

callback = provider.callback();
console.log(`ready ${issuer}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
