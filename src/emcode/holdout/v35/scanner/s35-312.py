import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/orders")
def list_orders(customer_id: int, order_by: str = "created_at"):
    base = "SELECT id, design, qty, status FROM print_orders WHERE customer_id = ?"
    base += " ORDER BY " + order_by
    con = sqlite3.connect("pod.db")
    try:
        rows = con.execute(base, (customer_id,)).fetchall()
    finally:
        con.close()
    return [{"id": r[0], "design": r[1], "qty": r[2], "status": r[3]} for r in rows]
