import html
import sqlite3

from flask import Flask

app = Flask(__name__)


@app.get("/hives/table")
def hive_table():
    con = sqlite3.connect("apiary.db")
    rows = con.execute("SELECT name, queen_year, frames FROM hives ORDER BY name").fetchall()
    con.close()
    parts = []
    for name, year, frames in rows:
        cells = "".join(f"<td>{html.escape(str(v))}</td>" for v in (name, year, frames))
        parts.append(f"<tr>{cells}</tr>")
    table = "<table><tr><th>Hive</th><th>Queen</th><th>Frames</th></tr>" + "".join(parts) + "</table>"
    return table
