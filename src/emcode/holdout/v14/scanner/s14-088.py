import asyncpg
from fastapi import FastAPI

app = FastAPI()
pool = None


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(dsn="postgresql://chat@localhost/chat")


@app.get("/rooms/{room}/messages")
async def messages(room: str, before: int = 2**31):
    sql = "SELECT id, author, body FROM messages WHERE room = $1"
    sql += " AND id < $2 ORDER BY id DESC LIMIT 50"
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, room, before)
    return [dict(r) for r in rows]
