import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()

SORTABLE = {"created_at": "created_at", "qty": "qty", "status": "status"}


@app.get("/orders")
def list_orders(customer_id: int, order_by: str = "created_at"):
    column = SORTABLE.get(order_by)
    if column is None:
        raise HTTPException(status_code=400, detail="cannot sort by that")
    base = "SELECT id, design, qty, status FROM print_orders WHERE customer_id = ?"
    base += f" ORDER BY {column}"
    con = sqlite3.connect("pod.db")
    try:
        rows = con.execute(base, (customer_id,)).fetchall()
    finally:
        con.close()
    return [{"id": r[0], "design": r[1], "qty": r[2], "status": r[3]} for r in rows]
