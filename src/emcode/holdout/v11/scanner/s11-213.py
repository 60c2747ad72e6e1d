import psycopg2
from fastapi import FastAPI

app = FastAPI()


@app.get("/tickets")
def tickets(assignee: str | None = None, state: str | None = None):
    sql = "SELECT id, title, state FROM tickets"
    where, args = [], []
    if assignee:
        where.append("assignee = %s")
        args.append(assignee)
    if state:
        where.append("state = %s")
        args.append(state)
    if where:
        sql += " WHERE " + " AND ".join(where)
    with psycopg2.connect(dbname="helpdesk") as conn, conn.cursor() as cur:
        cur.exec