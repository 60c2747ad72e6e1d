import sqlite3
from fastapi import FastAPI, HTTPException

app = FastAPI()
UPDATABLE = ("title", "body", "status")


@app.patch("/tickets/{ticket_id}")
def patch_ticket(ticket_id: int, changes: dict):
    fields = [k for k in UPDATABLE if k in changes]
    if not fields:
        raise HTTPException(400, "nothing to update")
    assignments = ", ".join(f"{f} = ?" for f in fields)
    sql = "UPDATE tickets SET " + assignments
    sql += " WHERE id = ?"
    values = [str(changes[f]) for f in fields] + [ticket_id]
    with sqlite3.connect("helpdesk.db") as conn:
        cur = conn.execute(sql, values)
    if cur.rowcount == 0:
        raise HTTPException(404)
    return {"updated": fields}
