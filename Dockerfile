# The API on Neo4j: `docker compose up` builds this image and wires it to the neo4j service.
# It runs the README's two set-up commands, `npm install` and `npm start` (which ingests samples/ and
# serves); ingest skips filings already in the graph, so only the first start writes.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm install --no-audit --no-fund
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
CMD ["npm", "start"]
