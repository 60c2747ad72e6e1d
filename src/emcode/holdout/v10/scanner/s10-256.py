from html import escape as esc
from flask import Flask, request

app = Flask(__name__)
TICKETS: list[str] = []


@app.route("/tickets", methods=["GET", "POST"])
def tickets():
    if request.method == "POST":
        TICKETS.append(request.form.get("title", "")[:200])
    items = [f"<li>{esc(t)}</li>" for t in TICKETS]
    out = "<h1>Open tickets</h1><ol>" + "".join(items) + "</ol>"
    return out
