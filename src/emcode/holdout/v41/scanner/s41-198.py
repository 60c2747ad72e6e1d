import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="crowdfund")


@app.get("/campaigns")
def list_campaigns():
    sort = request.args.get("sort", "created_at")
    query = "SELECT id, title, raised FROM campaigns"
    query = query + " WHERE status = 'open'"
    query = query + " ORDER BY " + sort + " DESC LIMIT 50"
    with conn.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return {"campaigns": [{"id": r[0], "title": r[1], "raised": float(r[2])} for r in rows]}
