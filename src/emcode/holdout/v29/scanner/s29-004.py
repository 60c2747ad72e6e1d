from html import escape

from flask import Flask, request

from .catalogue import find_by_isbn

app = Flask(__name__)


@app.route("/isbn")
def by_isbn():
    isbn = request.args.get("isbn", "")
    book = find_by_isbn(isbn)
    if book is None:
        return {"error": "not found", "isbn": isbn}, 404
    title, author = escape(book.title), escape(book.author)
    html_out = f"""<article>
  <h1>{title}</h1>
  <p class="author">{author}</p>
  <p class="isbn">ISBN {escape(isbn)}</p>
</article>"""
    return html_out
