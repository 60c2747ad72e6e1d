import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.get("/workouts")
async def workouts(user_id: int, kind: str | None = None, since: str | None = None):
    sql = "SELECT id, kind, started_at, distance_km FROM workouts WHERE user_id = $1"
    args = [user_id]
    if kind:
        args.append(kind)
        sql += f" AND kind = ${len(args)}"
    if since:
        args.append(since)
        sql += f" AND started_at >= ${len(args)}::date"
    sql += " ORDER BY started_at DESC LIMIT 100"
    conn = await asyncpg.connect(dsn="postgresql:///fitness")
    try:
        rows = await conn.fetch(sql, *args)
    finally:
        await conn.close()
    return [dict(r) for r in rows]
