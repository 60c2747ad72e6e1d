import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()
pool: asyncpg.Pool | None = None


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(dsn="postgresql://shop@localhost/pod")


@app.get("/products")
async def products(category: str | None = None, max_price: int | None = Query(None, ge=0)):
    sql = "SELECT id, title, price_cents FROM products WHERE active"
    args = []
    if category:
        args.append(category)
        sql += f" AND category = ${len(args)}"
    if max_price is not None:
        args.append(max_price)
        sql += f" AND price_cents <= ${len(args)}"
    sql += " ORDER BY title LIMIT 200"
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, *args)
    return [dict(r) for r in rows]
