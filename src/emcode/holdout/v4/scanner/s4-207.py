import psycopg2
from flask import request, Flask, abort

app = Flask(__name__)
conn = psycopg2.connect(dbname="crm")
SORTABLE = {"name": "name", "city": "city", "created": "created_at"}


@app.get("/contacts")
def contacts():
    clauses, args = [], []
    if request.args.get("city"):
        clauses.append("city = %s")
        args.append(request.args["city"])
    if request.args.get("tag"):
        clauses.append("tags LIKE %s")
        args.append("%" + request.args["tag"] + "%")
    query = "SELECT name, email FROM contacts"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    column = SORTABLE.get(request.args.get("sort", "name"))
    if column is None:
        abort(400)
    query += " ORDER BY " + column
    with conn.cursor() as cur:
        cur.execute(query, args)
        return {"rows": cur.fetchall()}
