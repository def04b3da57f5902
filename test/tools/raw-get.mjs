// Shared by the server tests: not a test file itself.
import { get } from 'node:http';

/** GET with the path sent exactly as written (fetch would normalise `..` away). */
export function rawGet(origin, path) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const request = get({ hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', reject);
  });
}
