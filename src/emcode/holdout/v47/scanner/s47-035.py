import base64
from pickle import loads as decode

from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/watchlist")
def watchlist():
    raw = request.cookies.get("watch")
    lots = []
    if raw:
        lots = decode(base64.b64decode(raw))
    return render_template("watchlist.html", lots=lots)
