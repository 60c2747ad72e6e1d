import html
import sqlite3

from flask import Flask, make_response, abort

app = Flask(__name__)


def esc(value):
    return html.escape(str(value), quote=True)


def get_ticket(ticket_id):
    with sqlite3.connect("helpdesk.db") as conn:
        return conn.execute(
            "SELECT subject, body, status FROM tickets WHERE id = ?", (ticket_id,)
        ).fetchone()


@app.route("/tickets/<int:ticket_id>")
def show_ticket(ticket_id):
    row = get_ticket(ticket_id)
    if row is None:
        abort(404)
    subject, body, status = (esc(v) for v in row)
    page = """<html><body>
<h1>{subject}</h1>
<p class="status">{status}</p>
<pre>{body}</pre>
</body></html>""".format(subject=subject, status=status, body=body)
    resp = make_response(page)
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
