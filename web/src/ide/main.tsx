import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';

const EXAMPLE = `# Insider Graph: the schema is in the docs panel (the book icon).
query Dillon {
  people(search: "Dillon", first: 5) {
    totalCount
    edges {
      node {
        id
        name
        issuers { edges { node { issuer { name ticker } relationships { edges { node { role title since until } } } } } }
        holdings { totalCount edges { node { securityTitle shares asOf issuer { name } } } }
      }
    }
  }
}
`;

// Same origin as the page: the IDE is served by the API server it talks to.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
root.textContent = '';
createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />);
