import os
import asyncpg
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
COLUMNS = ("device_id", "metric", "value", "unit")


class Sample(BaseModel):
    device_id: str
    metric: str
    value: float
    unit: str = ""


@app.post("/samples")
async def add_sample(sample: Sample):
    placeholders = ", ".join(f"${i}" for i in range(1, len(COLUMNS) + 1))
    query = f"INSERT INTO samples ({', '.join(COLUMNS)})"
    query += f" VALUES ({placeholders}) RETURNING id"
    conn = await asyncpg.connect(os.environ["PG_DSN"])
    try:
        new_id = await conn.fetchval(query, *(getattr(sample, c) for c in COLUMNS))
    finally:
        await conn.close()
    return {"id": new_id}
