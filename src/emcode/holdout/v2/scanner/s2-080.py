from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///events.db")


@app.get("/events")
def events(city: str | None = None, after: str | None = None):
    clauses = []
    if city:
        clauses.append(f"city = '{city}'")
    if after:
        clauses.append(f"starts_at >= '{after}'")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name, city FROM events" + where))
        return [dict(r._mapping) for r in rows]
