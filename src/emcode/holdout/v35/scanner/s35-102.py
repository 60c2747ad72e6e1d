import aiosqlite
from fastapi import FastAPI

app = FastAPI()


@app.get("/shelters")
async def shelters(city: str = "", name: str = ""):
    q = "SELECT id, name, city FROM shelters"
    conds = []
    if city:
        conds.append(f"city = '{city}'")
    if name:
        conds.append(f"name LIKE '%{name}%'")
    if conds:
        q += " WHERE " + " AND ".join(conds)
    async with aiosqlite.connect("shelters.db") as db:
        async with db.execute(q) as cur:
            rows = await cur.fetchall()
    return [{"id": r[0], "name": r[1], "city": r[2]} for r in rows]
