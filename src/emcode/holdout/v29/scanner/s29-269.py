import os

import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.get("/claims/stats")
async def stats(region: str | None = None, since: str | None = None):
    sql = "SELECT status, count(*) AS n, sum(amount) AS total FROM claims"
    conds, args = [], []
    if region:
        args.append(region)
        conds.append(f"region = ${len(args)}")
    if since:
        args.append(since)
        conds.append(f"opened_at >= ${len(args)}::date")
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    sql += " GROUP BY status"
    async with app.state.pool.acquire() as con:
        rows = await con.fetch(sql, *args)
    return [dict(r) for r in rows]
