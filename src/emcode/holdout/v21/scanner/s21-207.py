from sqlalchemy import create_engine, text
from fastapi import FastAPI
import os

app = FastAPI()
engine = create_engine(os.environ["DB_URL"])


@app.get("/shipments")
def shipments(status: str | None = None, carrier: str | None = None, limit: int = 50):
    stmt = "SELECT id, status, carrier FROM shipments WHERE true"
    binds = {"limit": min(limit, 200)}
    if status:
        stmt += " AND status = :status"
        binds["status"] = status
    if carrier:
        stmt += " AND carrier = :carrier"
        binds["carrier"] = carrier
    stmt += " LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), binds).mappings().all()
    return [dict(r) for r in rows]
