from flask import Flask, request, make_response
from html import escape

app = Flask(__name__)


@app.route("/cellar/label-preview")
def label_preview():
    producer = escape(request.args.get("producer", ""))
    cuvee = escape(request.args.get("cuvee", ""))
    parts = ["<div class='label'>", "<h1>", producer, "</h1>", "<h2>", cuvee, "</h2>", "</div>"]
    resp = make_response("".join(parts))
    resp.headers["Cache-Control"] = "no-store"
    return resp
