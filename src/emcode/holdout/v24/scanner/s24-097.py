import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="museum")


@app.get("/objects")
def list_objects():
    sort = request.args.get("sort", "accession_no")
    direction = request.args.get("dir", "ASC")
    base = "SELECT accession_no, title, era FROM objects"
    order = " ORDER BY " + sort + " " + direction
    with conn.cursor() as cur:
        cur.execute(base + order + " LIMIT 50")
        return {"objects": cur.fetchall()}
