from fastapi import FastAPI, Query
from sqlalchemy import create_engine, MetaData, Table, select

engine = create_engine("sqlite:///recipes.db")
meta = MetaData()
recipes = Table("recipes", meta, autoload_with=engine)
app = FastAPI()


@app.get("/recipes")
def search_recipes(q: str = Query("", max_length=80), max_minutes: int | None = None, limit: int = Query(20, le=100)):
    stmt = select(recipes.c.id, recipes.c.title, recipes.c.minutes)
    if q:
        stmt = stmt.where(recipes.c.title.ilike(f"%{q}%"))
    if max_minutes is not None:
        stmt = stmt.where(recipes.c.minutes <= max_minutes)
    stmt = stmt.order_by(recipes.c.title).limit(limit)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]
