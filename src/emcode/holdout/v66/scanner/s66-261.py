import psycopg
from psycopg import sql
from flask import Flask, request, abort

app = Flask(__name__)
SORTABLE = {"depart_at", "route", "vessel"}


@app.get("/sailings")
def sailings():
    sort = request.args.get("sort", "depart_at")
    if sort not in SORTABLE:
        abort(400)
    query = sql.SQL("SELECT route, vessel, depart_at FROM sailings WHERE port = %s ORDER BY {} LIMIT %s").format(
        sql.Identifier(sort)
    )
    with psycopg.connect("dbname=ferries") as conn:
        rows = conn.execute(query, (request.args.get("port", "Northpoint"), 100)).fetchall()
    return {"rows": [list(map(str, r)) for r in rows]}
