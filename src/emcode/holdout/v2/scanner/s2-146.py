from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///events.db")


@app.get("/events")
def events(city: str | None = None, after: str | None = None, limit: int = 20):
    clauses, binds = [], {"limit": min(limit, 100)}
    if city:
        clauses.append("city = :city")
        binds["city"] = city
    if after:
        clauses.append("starts_at >= :after")
        binds["after"] = after
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    query = text("SELECT id, name, city FROM events" + where + " ORDER BY starts_at LIMIT :limit")
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query, binds)]
