from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text
import os

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/matches")
def matches(team: str | None = None, stage: str | None = None, limit: int = Query(20, le=100)):
    clauses = []
    binds = {"limit": limit}
    if team:
        clauses.append("(home = :team OR away = :team)")
        binds["team"] = team
    if stage:
        clauses.append("stage = :stage")
        binds["stage"] = stage
    stmt = "SELECT id, home, away, stage, played_at FROM matches"
    if clauses:
        stmt += " WHERE " + " AND ".join(clauses)
    stmt += " ORDER BY played_at DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), binds).mappings().all()
    return [dict(r) for r in rows]
