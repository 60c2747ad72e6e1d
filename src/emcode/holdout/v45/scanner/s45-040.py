import aiosqlite
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/reviews")
async def reviews(room: str, page: int = Query(1, ge=1), per_page: int = Query(20, ge=1, le=100)):
    sql = "SELECT team, stars, comment FROM reviews WHERE room_slug = ?"
    args = [room]
    sql += " ORDER BY created_at DESC LIMIT ? OFFSET ?"
    args += [per_page, (page - 1) * per_page]
    async with aiosqlite.connect("escape.db") as db:
        async with db.execute(sql, args) as cur:
            rows = await cur.fetchall()
    return [{"team": t, "stars": s, "comment": c} for t, s, c in rows]
