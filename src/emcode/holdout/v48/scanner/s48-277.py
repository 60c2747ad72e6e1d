import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/finds")
def list_finds():
    order = request.args.get("sort", "found_on")
    con = sqlite3.connect("excavation.db")
    cur = con.cursor()
    stmt = "SELECT id, material, found_on FROM finds"
    stmt = stmt + " ORDER BY " + order
    cur.execute(stmt)
    return jsonify(cur.fetchall())
