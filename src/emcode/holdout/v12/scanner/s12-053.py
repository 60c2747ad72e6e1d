import os
from sqlalchemy import create_engine, text
from fastapi import FastAPI

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


@app.get("/devices")
def devices(site: str, kind: str | None = None, limit: int = 50):
    stmt = f"SELECT id, name, kind, last_seen FROM devices WHERE site = '{site}'"
    if kind:
        stmt += f" AND kind = '{kind}'"
    stmt += " ORDER BY last_seen DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), {"limit": max(1, min(limit, 500))}).mappings().all()
    return [dict(r) for r in rows]
