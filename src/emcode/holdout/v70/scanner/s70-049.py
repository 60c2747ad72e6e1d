import sqlite3
from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.get("/board")
def board():
    with sqlite3.connect("depot.sqlite3") as db:
        rows = db.execute("SELECT tram_no, fault FROM open_faults ORDER BY reported_at").fetchall()
    items = "".join(f"<tr><td>{escape(t)}</td><td>{escape(f)}</td></tr>" for t, f in rows)
    html = f"""<table class="faults">
<tr><th>Tram</th><th>Fault</th></tr>
{items}
</table>"""
    return html
