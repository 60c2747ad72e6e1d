import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/seed/<int:sid>/rename", methods=["POST"])
def rename(sid):
    new = request.form["name"]
    stmt = "UPDATE seeds SET name = '" + new + "'"
    stmt = stmt + " WHERE id = " + str(sid)
    with sqlite3.connect("seeds.db") as c:
        c.execute(stmt)
    return {"ok": True}
