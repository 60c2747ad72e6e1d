from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/books/<int:book_id>")
def book(book_id):
    return jsonify(id=book_id)


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
    print("Catalogue API stopped. Goodb