from flask import Flask, render_template, request

app = Flask(__name__)

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert"},
    {"title": "Emma", "author": "Jane Austen"},
]


@app.route("/books")
def books():
    q = request.args.get("q", "")
    found = [b for b in BOOKS if q.lower() in b["title"].lower()]
    return render_template("books.html", query=q, books=found)
