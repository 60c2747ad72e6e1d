from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    term = escape(request.args.get("q", ""))
    html = f"""
    <!doctype html>
    <title>Search</title>
    <p>You searched for: {term}</p>
    """
    return html
