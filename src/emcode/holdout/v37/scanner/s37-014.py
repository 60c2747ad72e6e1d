import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

SORTABLE = {"name": "name", "species": "species", "rate": "germination_rate"}


@app.get("/seeds")
def seeds():
    column = SORTABLE.get(request.args.get("sort", "name"), "name")
    query = "SELECT name, species, germination_rate FROM accessions"
    query = query + " ORDER BY " + column
    with psycopg2.connect(dbname="seedbank") as conn, conn.cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())
