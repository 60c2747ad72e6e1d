from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

ARTICLES = ["Pruning tomatoes", "Composting basics", "Drip irrigation on a budget"]


@app.route("/blog/search")
def blog_search():
    raw = request.args.get("q", "")
    safe_q = escape(raw)
    found = [a for a in ARTICLES if raw.lower() in a.lower()]
    html = f"<h2>Search: {safe_q}</h2><ul>"
    for title in found:
        html += f"<li>{escape(title)}</li>"
    html += "</ul>"
    return html


if __name__ == "__main__":
    app.run()
