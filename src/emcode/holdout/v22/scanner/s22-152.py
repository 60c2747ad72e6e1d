import os

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/shipments")
def shipments(depot: str, status: str = Query("in_transit", max_length=20), limit: int = Query(50, le=200)):
    stmt = text(
        "SELECT id, truck_id, status, eta FROM shipments "
        "WHERE depot = :depot AND status = :status ORDER BY eta LIMIT :limit"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"depot": depot, "status": status, "limit": limit}).mappings().all()
    return {"shipments": [dict(r) for r in rows]}
