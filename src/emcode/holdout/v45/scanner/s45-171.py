import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/plots/by-holder")
def by_holder():
    holder = request.args.get("holder", "")
    con = sqlite3.connect("garden.db")
    sql = "SELECT plot_no, size_m2, since FROM plots"
    sql += f" WHERE holder = '{holder}'"
    rows = con.execute(sql).fetchall()
    con.close()
    result = [{"plot": r[0], "size": r[1], "since": r[2]} for r in rows]
    return jsonify(plots=res