import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()
pool = None


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(dsn="postgresql:///rinkbook")


@app.get("/sessions")
async def sessions(rink: str, kind: str | None = None, limit: int = Query(50, le=200)):
    sql = "SELECT id, starts_at, kind FROM sessions WHERE rink = $1"
    args = [rink]
    if kind:
        sql += " AND kind = $2"
        args.append(kind)
    sql += f" ORDER BY starts_at LIMIT {int(limit)}"
    async with pool.acquire() as con:
        rows = await con.fetch(sql, *args)
    return [dict(r) for r in rows]
