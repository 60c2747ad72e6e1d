from typing import List

import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/users")
async def users(ids: List[int] = Query(...)):
    placeholders = ", ".join(f"${n}" for n in range(1, len(ids) + 1))
    sql = f"SELECT id, email FROM users WHERE id IN ({placeholders})"
    conn = await asyncpg.connect("postgresql://localhost/app")
    try:
        rows = await conn.fetch(sql, *ids)
    finally:
        await conn.close()
    return [dict(r) for r in rows]
