import sqlite3

from flask import Flask

app = Flask(__name__)


@app.get("/stats")
def stats():
    con = sqlite3.connect("apiary.db")
    hives = con.execute("SELECT COUNT(*) FROM hives").fetchone()[0]
    swarms = con.execute("SELECT COUNT(*) FROM swarms WHERE year = 2025").fetchone()[0]
    con.close()
    summary = f"{hives} hives registered, {swarms} swarms caught this season"
    return summary
