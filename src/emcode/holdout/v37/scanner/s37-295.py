import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/rehearsals")
def rehearsals():
    venue = request.args.get("venue", "")
    sql = "SELECT id, starts_at, piece FROM rehearsals WHERE venue = ?"
    params = [venue]
    if request.args.get("upcoming"):
        sql += " AND starts_at > datetime('now')"
    con = sqlite3.connect("choir.db")
    rows = con.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "starts_at", "pie