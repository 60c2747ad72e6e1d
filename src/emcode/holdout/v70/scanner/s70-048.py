import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="allotments")
SORTS = {"id": "id", "created": "created_at", "who": "tenant"}


@app.get("/report")
def report():
    column = SORTS.get(request.args.get("sort", "id"), "id")
    base = "SELECT id, tenant, created_at FROM garden_plots"
    query = base + " ORDER BY " + column + " LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (int(request.args.get("limit", 50)),))
        return {"rows": cur.fetchall()}
