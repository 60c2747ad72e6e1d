from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2:///drones")


@app.get("/flights")
def flights(pilot: str | None = None, min_minutes: int = Query(0, ge=0), limit: int = Query(50, le=500)):
    stmt = "SELECT id, pilot, minutes, started_at FROM flights WHERE minutes >= :min_minutes"
    params = {"min_minutes": min_minutes, "limit": limit}
    if pilot:
        stmt += " AND pilot = :pilot"
        params["pilot"] = pilot
    stmt += " ORDER BY started_at DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), params).mappings().all()
    return [dict(r) for r in rows]
