from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    term = escape(request.args.get("q", ""))
    body = f"<h2>Results for {term}</h2><p>No matches found.</p>"
    return body
