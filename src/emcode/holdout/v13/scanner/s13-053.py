import sqlite3
from fastapi import FastAPI

app = FastAPI()
COLUMNS = ("assignee", "priority")

@app.get("/tickets")
def tickets(assignee: str = "", priority: str = ""):
    given = {"assignee": assignee, "priority": priority}
    clauses = [f"{c} = :{c}" for c in COLUMNS if given[c]]
    sql = "SELECT id, title FROM tickets"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    con = sqlite3.connect("helpdesk.db")
    try:
        return con.execute(sql, {c: given[c] for c in COLUMNS if given[c]}).fetchall()
    finally:
        con.close()
