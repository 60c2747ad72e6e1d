from datetime import date

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text
import os

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


@app.get("/harvest/summary")
def summary(vineyard: str, since: date | None = None, varietal: str | None = Query(None, max_length=40)):
    sql = "SELECT block, varietal, SUM(kg) AS kg FROM harvest_log WHERE vineyard = :vineyard"
    params = {"vineyard": vineyard}
    if since is not None:
        sql += " AND picked_on >= :since"
        params["since"] = since
    if varietal:
        sql += " AND varietal = :varietal"
        params["varietal"] = varietal
    sql += " GROUP BY block, varietal ORDER BY block"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]
