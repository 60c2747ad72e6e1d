from html import escape
from flask import Flask, request

app = Flask(__name__)


@app.route("/accessions/search")
def search_accessions():
    term = escape(request.args.get("q", ""))
    html = "<h1>Results for " + term + "</h1>"
    html += "<p>No accessions matched.</p>"
    return html
