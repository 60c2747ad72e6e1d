import aiosqlite
from fastapi import FastAPI

app = FastAPI()
DB_PATH = "permits.db"


@app.get("/inspections")
async def inspections(inspector: str | None = None, passed: bool | None = None, page: int = 0):
    sql = "SELECT id, permit_id, inspector, passed FROM inspections"
    where, args = [], []
    if inspector is not None:
        where.append("inspector = ?")
        args.append(inspector)
    if passed is not None:
        where.append("passed = ?")
        args.append(int(passed))
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id LIMIT 50 OFFSET ?"
    args.append(max(page, 0) * 50)
    async with aiosqlite.connect(DB_PATH) as db:
        async with db.execute(sql, args) as cur:
            rows = await cur.fetchall()
    return [dict(zip(("id", "permit_id", "inspector", "passed"), r)) for r in rows]
