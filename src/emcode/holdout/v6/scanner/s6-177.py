from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

@app.route("/tags")
def tags():
    raw = request.args.get("tags", "")
    items = []
    for t in raw.split(","):
        items.append("<li>" + str(escape(t.strip())) + "</li>")
    return "<ul>" + "".join(items) + "</ul>"
