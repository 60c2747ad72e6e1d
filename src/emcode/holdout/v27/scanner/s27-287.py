from sqlalchemy import create_engine, text
from fastapi import FastAPI

app = FastAPI()
engine = create_engine("sqlite:///seeds.db")


@app.get("/germination")
def germination(crop: str):
    stmt = text(f"SELECT lot, rate FROM germination WHERE crop = '{crop}'")
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(stmt)]
