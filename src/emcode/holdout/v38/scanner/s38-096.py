from flask import Flask, request

app = Flask(__name__)


@app.route("/transcripts/tags")
def show_tags():
    raw = request.args.get("tags", "")
    items = ["<li>" + t.strip() + "</li>" for t in raw.split(",") if t.strip()]
    return "<ul>" + "".join(items) + "</ul>"
