from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2://app@localhost/foodbank")


@app.get("/parcels")
def parcels(status: str | None = None, postcode: str | None = None, limit: int = 50):
    clauses, params = [], {"limit": min(limit, 200)}
    if status:
        clauses.append("status = :status")
        params["status"] = status
    if postcode:
        clauses.append("postcode LIKE :pc")
        params["pc"] = postcode.upper() + "%"
    sql = "SELECT id, household, status FROM parcels"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT :limit"
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql), params)]
