import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cellar/bottles")
def bottles():
    region = request.args.get("region", "")
    conn = sqlite3.connect("cellar.db")
    rows = conn.execute("SELECT name, vintage, qty FROM bottles WHERE region = ?", (region,)).fetchall()
    conn.close()
    result = []
    for name, vintage, qty in rows:
        result.append({"name": name, "vintage": vintage, "qt