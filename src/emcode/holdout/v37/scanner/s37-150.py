import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/seeds")
def seeds():
    sort = request.args.get("sort", "name")
    query = "SELECT name, species, germination_rate FROM accessions"
    query = query + " ORDER BY " + sort
    with psycopg2.connect(dbname="seedbank") as conn, conn.cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())
