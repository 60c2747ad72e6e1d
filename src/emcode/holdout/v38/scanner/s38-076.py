from fastapi import FastAPI
from sqlalchemy import create_engine, text
import os

app = FastAPI()
engine = create_engine(os.environ["GRID_DB_URL"])


@app.get("/outages")
def outages(region: str | None = None, since: str | None = None):
    clauses = ["1=1"]
    params = {}
    if region:
        clauses.append("region = :region")
        params["region"] = region
    if since:
        clauses.append("started_at >= :since")
        params["since"] = since
    sql = "SELECT id, region, customers_out, started_at FROM outages WHERE " + " AND ".join(clauses)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]
