import os

import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.get("/orders")
async def orders(customer_id: int, status: str | None = None):
    sql = "SELECT id, total, status FROM orders WHERE customer_id = $1"
    args = [customer_id]
    if status is not None:
        args.append(status)
        sql += f" AND status = ${len(args)}"
    sql += " ORDER BY id DESC LIMIT 100"
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(sql, *args)
    return [dict(r) for r in rows]
