import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="crowdfund")

SORTS = {"created": "created_at", "raised": "raised", "title": "title"}


@app.get("/campaigns")
def list_campaigns():
    column = SORTS.get(request.args.get("sort", "created"), "created_at")
    query = "SELECT id, title, raised FROM campaigns"
    query = query + " WHERE status = 'open'"
    query = query + " ORDER BY " + column + " DESC LIMIT 50"
    with conn.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return {"campaigns": [{"id": r[0], "title": r[1], "raised": float(r[2])} for r in rows]}
