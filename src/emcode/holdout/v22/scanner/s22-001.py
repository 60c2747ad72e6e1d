from flask import Flask, request

app = Flask(__name__)

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert"},
    {"title": "Emma", "author": "Jane Austen"},
    {"title": "Ulysses", "author": "James Joyce"},
]


@app.route("/")
def index():
    return "<h1>Library catalogue</h1><a href='/search'>Search</a>"


@app.route("/search")
def search():
    term = request.args.get("q", "")
    hits = [b for b in BOOKS if term.lower() in b["title"].lower()]
    page = "<h2>Results for " + term + "</h2><ul>"
    for book in hits:
        page += f"<li>{book['title']} by {book['author']}</li>"
    page += "</ul>"
    return page


if __name__ == "__main__":
    app.run()
