from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()


@app.get("/citations/summary")
def summary(zone: str | None = None, year: int | None = None, s: Session = Depends(get_session)):
    sql = "SELECT zone, COUNT(*) AS n, SUM(amount_cents) AS total FROM citations WHERE 1=1"
    params = {}
    if zone:
        sql += " AND zone = :zone"
        params["zone"] = zone
    if year:
        sql += " AND EXTRACT(YEAR FROM issued_at) = :year"
        params["year"] = year
    sql += " GROUP BY zone ORDER BY zone"
    rows = s.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]
