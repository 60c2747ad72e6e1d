from flask import Flask, render_template, request

from .catalogue import search_books

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "").strip()
    results = search_books(q) if q else []
    return render_template("search.html", q=q, results=results)
