import asyncpg


class OpenDataStore:
    def __init__(self, dsn):
        self.dsn = dsn

    async def datasets(self, topic, publisher=None):
        conn = await asyncpg.connect(self.dsn)
        query = "SELECT slug, title FROM datasets WHERE topic = $1"
        if publisher:
            query += " AND publisher = '{}'".format(publisher)
        try:
            return [dict(r) for r in await conn.fetch(query, topic)]
        finally:
            await conn.close()
