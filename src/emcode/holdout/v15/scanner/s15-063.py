import os

import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.get("/devices/{owner}")
async def devices(owner: str, kind: str = "sensor"):
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch("SELECT id, name, last_seen FROM devices WHERE owner = $1 AND kind = $2", owner, kind)
    return [dict(r) for r in rows]
