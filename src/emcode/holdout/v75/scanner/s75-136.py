import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/plots/vacant")
def vacant():
    sql = "SELECT id, site, size_m2 FROM plots WHERE holder IS NULL"
    args = []
    site = request.args.get("site")
    if site:
        sql += " AND site = ?"
        args.append(site)
    with sqlite3.connect("allotments.db") as con:
        rows = con.execute(sql, args).fetchall()
    return jsonify([{"id": r[0], "site": r[1], "size": r[2]} for r in rows])


@app.post("/plots/<int:plot_id>/apply")
def apply(plot_id):
    email = request.form.get("email", "")
    with sqlite3.connect("allotments.db") as con:
        con.execute("INSERT INTO applications (plot_id, email) VALUES (?, ?)", (plot_id, em