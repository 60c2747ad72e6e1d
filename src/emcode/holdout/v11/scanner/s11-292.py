from fastapi import FastAPI, HTTPException
from sqlalchemy import create_engine, text
import os

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"])
TABLES = {"invoices": "billing_invoices", "refunds": "billing_refunds"}


@app.get("/billing/{kind}")
def billing(kind: str, account: str, since: str = "1970-01-01"):
    table = TABLES.get(kind)
    if table is None:
        raise HTTPException(404, "unknown kind")
    sql = f"SELECT id, amount, created FROM {table}"
    sql += " WHERE account_id = :acct AND created >= :since"
    sql += " ORDER BY created"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"acct": account, "since": since}).all()
    return [dict(r._mapping) for r in rows]
