from flask import Flask, request

app = Flask(__name__)


@app.route("/apiary/tags")
def tag_list():
    raw = request.args.get("tags", "")
    parts = [t.strip() for t in raw.split(",") if t.strip()]
    items = []
    for p in parts:
        items.append("<li>" + p + "</li>")
    return "<ul>" + "".join(items) + "</ul>"
