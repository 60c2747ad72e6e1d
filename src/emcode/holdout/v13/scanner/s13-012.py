import sqlite3
from fastapi import FastAPI

app = FastAPI()

@app.get("/tickets")
def tickets(assignee: str = "", priority: str = ""):
    filters = {"assignee": assignee, "priority": priority}
    clauses = ["{}='{}'".format(k, v) for k, v in filters.items() if v]
    query = "SELECT id, title FROM tickets"
    if clauses:
        query = query + " WHERE " + " AND ".join(clauses)
    con = sqlite3.connect("helpdesk.db")
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()
