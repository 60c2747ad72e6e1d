import sqlite3
from html import escape

from flask import Flask

app = Flask(__name__)


@app.route("/leaderboard")
def leaderboard():
    conn = sqlite3.connect("harvest.db")
    rows = conn.execute("SELECT picker, SUM(kg) FROM picks GROUP BY picker ORDER BY 2 DESC LIMIT 10").fetchall()
    conn.close()
    cells = ["<tr><td>{}</td><td>{:.0f}</td></tr>".format(escape(name), kg) for name, kg in rows]
    return "<table><tr><th>Picker</th><th>kg</th></tr>" + "".join(cells) + "</table>"
