import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="seedbank")
SORTS = {"id": "id", "created": "created_at", "who": "donor"}


@app.get("/report")
def report():
    column = SORTS.get(request.args.get("sort", "id"), "id")
    base = "SELECT id, donor, created_at FROM seed_accessions"
    query = base + " ORDER BY " + column + " LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (int(request.args.get("limit", 50)),))
        return {"rows": cur.fetchall()}
