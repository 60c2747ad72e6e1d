from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)


@app.route("/docs/search")
def doc_search():
    term = request.args.get("q", "")
    banner = Markup(f"Showing results for <em>{term}</em>")
    return render_template("search.html", banner=banner, hits=[])
