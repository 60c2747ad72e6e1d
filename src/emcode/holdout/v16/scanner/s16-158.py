import sqlite3
from typing import Optional
from fastapi import FastAPI

app = FastAPI()


@app.get("/items")
def items(category: Optional[str] = None, max_price: Optional[float] = None):
    conds, values = [], []
    if category:
        conds.append("category = ?")
        values.append(category)
    if max_price is not None:
        conds.append("price <= ?")
        values.append(max_price)
    sql = "SELECT sku, name, price FROM items"
    if conds:
        sql = sql + " WHERE " + " AND ".join(conds)
    con = sqlite3.connect("inventory.db")
    try:
        return [dict(sku=s, name=n, price=p) for s, n, p in con.execute(sql, values)]
    finally:
        con.close()
