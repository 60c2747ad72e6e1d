import aiosqlite
from fastapi import FastAPI

app = FastAPI()
DB = "podcasts.db"


@app.get("/episodes")
async def episodes(show: str = "", guest: str = ""):
    query = "SELECT id, title, published FROM episodes WHERE 1 = 1"
    if show:
        query += f" AND show_slug = '{show}'"
    if guest:
        query += f" AND guest LIKE '%{guest}%'"
    async with aiosqlite.connect(DB) as db:
        async with db.execute(query) as cur:
            rows = await cur.fetchall()
    return [{"id": r[0], "title": r[1], "published": r[2]} for r in rows]
