import logging
import sqlite3

from fastapi import Depends, FastAPI, HTTPException

from .auth import current_customer_id

app = FastAPI()
logger = logging.getLogger("billing")


@app.get("/invoices/{invoice_id}")
def invoice(invoice_id: int, customer_id: int = Depends(current_customer_id)):
    try:
        with sqlite3.connect("/var/lib/billing/billing.db") as conn:
            row = conn.execute("SELECT id, amount FROM invoices WHERE id = ? AND customer_id = ?",
                               (invoice_id, customer_id)).fetchone()
    except sqlite3.Error:
        logger.exception("invoice lookup failed for id %d", invoice_id)
        raise HTTPException(status_code=500, detail="temporarily unavailable") from None
    if row is None:
        raise HTTPException(status_code=404)
    return {"id": row[0], "amount": row[1]}
