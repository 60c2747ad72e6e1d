from typing import List

import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/users")
async def users(ids: List[str] = Query(...)):
    id_list = ", ".join(f"'{i}'" for i in ids)
    sql = "SELECT id, email FROM users WHERE id IN (" + id_list + ")"
    conn = await asyncpg.connect("postgresql://localhost/app")
    try:
        rows = await conn.fetch(sql)
    finally:
        await conn.close()
    return [dict(r) for r in rows]
