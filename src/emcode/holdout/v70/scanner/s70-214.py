from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/tags")
def tags():
    raw = request.args.get("tags", "")
    items = ["<li>%s</li>" % escape(t.strip()) for t in raw.split(",") if t.strip()]
    return "<ul>" + "".join(items) + "</ul>"
