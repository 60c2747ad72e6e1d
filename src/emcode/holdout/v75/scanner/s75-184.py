import aiosqlite
from fastapi import FastAPI

app = FastAPI()
DB_PATH = "tickets.db"


@app.get("/journeys")
async def journeys(rider_id: int, route: str | None = None, limit: int = 50):
    sql = "SELECT id, route, boarded_at, fare_cents FROM journeys WHERE rider_id = :rider"
    params = {"rider": rider_id, "limit": min(max(limit, 1), 200)}
    if route:
        sql += " AND route = :route"
        params["route"] = route
    sql += " ORDER BY boarded_at DESC LIMIT :limit"
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute(sql, params) as cur:
            return [dict(r) async for r in cur]
