import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(dsn="postgresql:///registry")


@app.get("/releases")
async def releases(project: str, yanked: bool | None = None, limit: int = 20):
    sql = "SELECT version, uploaded_at, yanked FROM releases WHERE project = $1"
    args = [project]
    if yanked is not None:
        args.append(yanked)
        sql += f" AND yanked = ${len(args)}"
    args.append(min(limit, 100))
    sql += f" ORDER BY uploaded_at DESC LIMIT ${len(args)}"
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(sql, *args)
    return [dict(r) for r in rows]
