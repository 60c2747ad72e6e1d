import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/invoices/{invoice_id}")
def invoice(invoice_id: int):
    try:
        with sqlite3.connect("/var/lib/billing/billing.db") as conn:
            row = conn.execute("SELECT id, amount FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
    except sqlite3.Error as exc:
        raise HTTPException(status_code=500, detail=f"database failure: {exc!r}") from exc
    return {"id": row[0], "amount": row[1]} if row else {}
