import html

from flask import Flask, request

app = Flask(__name__)

BOOKS = ["Dune", "Emma", "Ulysses", "Middlemarch"]


@app.route("/search")
def search():
    term = request.args.get("q", "")
    safe_term = html.escape(term)
    hits = [b for b in BOOKS if term.lower() in b.lower()]
    items = "".join(f"<li>{html.escape(b)}</li>" for b in hits)
    page = f"<h2>Results for {safe_term}</h2><ul>{items}</ul>"
    return page


if __name__ == "__main__":
    app.run()
