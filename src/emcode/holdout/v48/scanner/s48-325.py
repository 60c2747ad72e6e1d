import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)

SORTABLE = {"date": "found_on", "material": "material", "id": "id"}


@app.get("/finds")
def list_finds():
    order = SORTABLE.get(request.args.get("sort", "date"), "found_on")
    con = sqlite3.connect("excavation.db")
    cur = con.cursor()
    stmt = "SELECT id, material, found_on FROM finds"
    stmt = stmt + " ORDER BY " + order
    cur.execute(stmt)
    return jsonify(cur.fetchall())
