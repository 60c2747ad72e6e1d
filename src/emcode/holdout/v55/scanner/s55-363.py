from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field
import asyncpg
import os

app = FastAPI()
pool = None


class Reading(BaseModel):
    meter_id: str = Field(..., max_length=32)
    litres: float = Field(..., ge=0)


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"])


@app.post("/readings")
async def add_reading(r: Reading):
    async with pool.acquire() as conn:
        exists = await conn.fetchval("SELECT 1 FROM meters WHERE id = $1", r.meter_id)
        if not exists:
            raise HTTPException(404, "unknown meter")
        await conn.execute("INSERT INTO readings (meter_id, litres) VALUES ($1, $2)", r.meter_id, r.litres)
    return {"ok": True}


@app.get("/meters/{meter_id}/usage")
async def usage(meter_id: str, days: int = 30):
    days = max(1, min(days, 365))
    async with pool.acquire() as conn:
        total = await conn.fetchval(
            "SELECT COALESCE(SUM(litres), 0) FROM readings "
            "WHERE meter_id = $1 AND taken_at > now() - make_interval(days => $2)",
            meter_id, days,
        )
    return {"meter": meter_id, "days": days, "litres": float(total)}
