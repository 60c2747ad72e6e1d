from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2://planner@localhost/weddings")


@app.get("/vendors")
def vendors(category: str, max_price: int = 10000):
    stmt = "SELECT name, price FROM vendors"
    stmt += " WHERE category = :cat"
    stmt += " AND price <= :cap ORDER BY price"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), {"cat": category, "cap": max_price}).all()
    return [{"name": n, "price": p} for n, p in rows]
