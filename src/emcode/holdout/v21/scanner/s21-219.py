import os
import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.get("/messages")
async def messages(room: str, before: int | None = None, limit: int = 50):
    sql = "SELECT id, author, body FROM messages WHERE room = $1"
    args = [room]
    if before is not None:
        sql += " AND id < $2"
        args.append(before)
    sql += f" ORDER BY id DESC LIMIT {max(1, min(int(limit), 200))}"
    conn = await asyncpg.connect(os.environ["PG_DSN"])
    try:
        rows = await conn.fetch(sql, *args)
    finally:
        await conn.close()
    return [dict(r) for r in rows]
