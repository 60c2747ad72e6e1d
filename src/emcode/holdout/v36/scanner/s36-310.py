from flask import Flask, render_template, request

from .catalog import search_sections

app = Flask(__name__)


@app.get("/catalog")
def catalog():
    q = request.args.get("q", "").strip()[:80]
    results = search_sections(q) if q else []
    return render_template("catalog.html", q=q, results=results)
