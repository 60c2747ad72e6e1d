from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2:///drones")


@app.get("/flights")
def flights(pilot: str = ""):
    stmt = "SELECT id, pilot, minutes FROM flights"
    if pilot:
        stmt += f" WHERE pilot = '{pilot}'"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt)).mappings().all()
    return [dict(r) for r in rows]
