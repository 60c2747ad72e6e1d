import sqlite3

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/catalog")
def catalog():
    q = request.args.get("q", "")
    con = sqlite3.connect("instruments.db")
    rows = con.execute("SELECT name, maker FROM instruments WHERE name LIKE ?", (f"%{q}%",)).fetchall()
    con.close()
    heading = "<h1>Catalogue search: " + q + "</h1>"
    items = "".join(f"<li>{escape(n)} ({escape(m)})</li>" for n, m in rows)
    page = heading + "<ul>" + items + "</ul>"
    return page
