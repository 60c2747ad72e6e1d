import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/tickets")
def tickets(assignee: str = "", label: str = "", limit: int = 50):
    clauses = []
    if assignee:
        clauses.append("assignee = '{}'".format(assignee))
    if label:
        clauses.append("labels LIKE '%{}%'".format(label))
    where = " AND ".join(clauses) or "1=1"
    stmt = "SELECT id, title FROM tickets WHERE " + where + " LIMIT ?"
    con = sqlite3.connect("tracker.db")
    return [dict(id=i, title=t) for i, t in con.execute(stmt, (limit,))]
