import aiosqlite
from fastapi import FastAPI

app = FastAPI()
DB = "podcasts.db"


@app.get("/episodes")
async def episodes(show: str | None = None, guest: str | None = None, after: str | None = None):
    conditions, args = [], []
    if show:
        conditions.append("show_slug = ?")
        args.append(show)
    if guest:
        conditions.append("guest LIKE ?")
        args.append(f"%{guest}%")
    if after:
        conditions.append("published >= ?")
        args.append(after)
    query = "SELECT id, title, published FROM episodes"
    if conditions:
        query += " WHERE " + " AND ".join(conditions)
    query += " ORDER BY published DESC LIMIT 100"
    async with aiosqlite.connect(DB) as db:
        async with db.execute(query, args) as cur:
            rows = await cur.fetchall()
    return [{"id": r[0], "title": r[1], "published": r[2]} for r in rows]
