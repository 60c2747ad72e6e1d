import os

import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["FLEET_DSN"])


@app.get("/trips")
async def trips(plate: str, day: str):
    sql = "SELECT id, started_at, km FROM trips WHERE plate = $1 AND started_at::date = $2::date ORDER BY started_at"
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(sql, plate, day)
    return [dict(r) for r in rows]
