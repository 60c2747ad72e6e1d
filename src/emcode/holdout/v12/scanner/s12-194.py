import os
from sqlalchemy import create_engine, text
from fastapi import FastAPI

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


@app.get("/devices")
def devices(site: str, kind: str | None = None, limit: int = 50):
    stmt = "SELECT id, name, kind, last_seen FROM devices WHERE site = :site"
    params = {"site": site, "limit": max(1, min(limit, 500))}
    if kind:
        stmt += " AND kind = :kind"
        params["kind"] = kind
    stmt += " ORDER BY last_seen DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), params).mappings().all()
    return [dict(r) for r in rows]
