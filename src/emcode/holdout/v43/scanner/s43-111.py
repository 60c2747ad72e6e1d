import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/translators")
def translators():
    lang = request.args.get("lang")
    rate_max = request.args.get("max_rate", type=float)
    sql = "SELECT name, lang_pair, rate FROM translators WHERE available = 1"
    args = []
    if lang:
        sql += " AND lang_pair LIKE ?"
        args.append(f"%{lang}%")
    if rate_max is not None:
        sql += " AND rate <= ?"
        args.append(rate_max)
    with sqlite3.connect("agency.db") as con:
        rows = con.execute(sql, args).fetchall()
    return jsonify([{"name": n, "pair": p, "rate": r} for n, p, r in ro