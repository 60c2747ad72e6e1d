from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2://planner@localhost/weddings")


@app.get("/vendors")
def vendors(category: str, max_price: int = 10000):
    where = f"WHERE category = '{category}' AND price <= {max_price}"
    stmt = text("SELECT name, price FROM vendors " + where + " ORDER BY price")
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [{"name": n, "price": p} for n, p in rows]
