from html import escape
from flask import Flask, request

app = Flask(__name__)


@app.route("/tracks/search")
def search_tracks():
    term = escape(request.args.get("q", ""))
    html = "<h1>Results for " + term + "</h1>"
    html += "<p>No tracks matched.</p>"
    return html
