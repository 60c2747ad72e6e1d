import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="museum")

SORT_COLUMNS = {"accession": "accession_no", "title": "title", "era": "era"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@app.get("/objects")
def list_objects():
    column = SORT_COLUMNS.get(request.args.get("sort", "accession"), "accession_no")
    direction = DIRECTIONS.get(request.args.get("dir", "asc").lower(), "ASC")
    query = "SELECT accession_no, title, era FROM objects ORDER BY " + column + " " + direction + " LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (50,))
        return {"objects": cur.fetchall()}
