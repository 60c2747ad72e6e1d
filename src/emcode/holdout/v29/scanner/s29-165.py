from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    book_id = request.args.get("book", type=int)
    if book_id is None:
        return redirect(url_for("catalogue_home"))
    return redirect(url_for("book_detail", book_id=book_id))


@app.route("/")
def catalogue_home():
    return "catalogue"


@app.route("/books/<int:book_id>")
def book_detail(book_id):
    return f"book {book_id}"
