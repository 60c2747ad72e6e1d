from flask import Flask, request

app = Flask(__name__)

CATALOGUE = {"9780141439518": "Pride and Prejudice", "9780553293357": "Foundation"}


@app.route("/loans/lookup")
def lookup():
    isbn = request.args.get("isbn", "").strip()
    title = CATALOGUE.get(isbn)
    if title is None:
        return "<p>No book with ISBN <b>%s</b> is in our catalogue.</p>" % isbn, 404
    return "<p>%s is available for loan.</p>" % title
