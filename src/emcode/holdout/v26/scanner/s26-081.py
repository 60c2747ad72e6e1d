import asyncpg


class OpenDataStore:
    def __init__(self, dsn: str):
        self.dsn = dsn
        self.pool = None

    async def start(self):
        self.pool = await asyncpg.create_pool(self.dsn)

    async def datasets(self, topic: str, publisher: str | None):
        query = "SELECT slug, title FROM datasets WHERE topic = $1"
        args = [topic]
        if publisher:
            query += " AND publisher = $2"
            args.append(publisher)
        query += " ORDER BY updated_at DESC LIMIT 100"
        async with self.pool.acquire() as conn:
            return [dict(r) for r in await conn.fetch(query, *args)]
