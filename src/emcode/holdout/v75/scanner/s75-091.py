import sqlite3

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/sites/<int:site_id>/notices")
def notices(site_id):
    with sqlite3.connect("allotments.db") as con:
        rows = con.execute(
            "SELECT posted_on, author, body FROM notices WHERE site_id = ? ORDER BY posted_on DESC", (site_id,)
        ).fetchall()
    highlight = request.args.get("highlight", "")
    html = "<h1>Notice board</h1>"
    if highlight:
        html += f"<p>Showing notices about <mark>{escape(highlight)}</mark></p>"
    for posted, author, body in rows:
        html += f"<article><h4>{escape(posted)} &middot; {escape(author)}</h4><p>{escape(body)}</p></article>"
    return html
