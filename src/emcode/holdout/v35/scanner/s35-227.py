import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/subscribers")
def subscribers():
    plan = request.args.get("plan", "free")
    sql = "SELECT email, joined FROM subscribers WHERE active = 1"
    sql += f" AND plan = '{plan}'"
    con = sqlite3.connect("letters.db")
    rows = con.execute(sql).fetchall()
    con.close()
    return jsonify([{"email": e, "joined": j} for e, j in ro