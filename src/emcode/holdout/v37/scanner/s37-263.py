import aiosqlite
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/housekeeping/tasks")
async def tasks(attendant: str | None = None, page: int = Query(1, ge=1), size: int = Query(20, le=100)):
    sql = "SELECT id, room, task, done FROM tasks"
    args: list = []
    if attendant:
        sql += " WHERE attendant = ?"
        args.append(attendant)
    sql += " ORDER BY room LIMIT ? OFFSET ?"
    args += [size, (page - 1) * size]
    async with aiosqlite.connect("hotel.db") as db:
        async with db.execute(sql, args) as cur:
            rows = await cur.fetchall()
    return [{"id": r[0], "room": r[1], "task": r[2], "done": bool(r[3])} for r in rows]
