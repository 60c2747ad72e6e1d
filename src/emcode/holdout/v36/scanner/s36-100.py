import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(dsn="postgresql://registrar@localhost/registrar")


@app.get("/students/{student_id}/enrollments")
async def enrollments(student_id: int, term: str | None = None):
    sql = "SELECT s.code, s.title FROM enrollments e JOIN sections s ON s.id = e.section_id WHERE e.student_id = $1"
    args = [student_id]
    if term:
        args.append(term)
        sql += f" AND s.term = ${len(args)}"
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(sql, *args)
    return [dict(r) for r in rows]
