import os
import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.get("/jobs/{elevator}")
async def jobs(elevator: str, open_only: bool = True):
    q = "SELECT id, description, opened FROM jobs WHERE elevator = $1"
    if open_only:
        q += " AND closed IS NULL"
    q += " ORDER BY opened DESC"
    async with app.state.pool.acquire() as con:
        rows = await con.fetch(q, elevator)
    return [dict(r) for r in rows]
