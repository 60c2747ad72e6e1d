import asyncpg
from fastapi import FastAPI

app = FastAPI()

@app.get("/customers")
async def customers(country: str, min_spend: float = 0):
    conn = await asyncpg.connect("postgresql:///crm")
    try:
        q = "SELECT id, name FROM customers WHERE country = $1"
        q += " AND lifetime_spend >= $2 ORDER BY name"
        rows = await conn.fetch(q, country, min_spend)
        return [dict(r) for r in rows]
    finally:
        await conn.close()
