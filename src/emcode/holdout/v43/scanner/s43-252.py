import traceback

from flask import Flask, request, jsonify

app = Flask(__name__)


def book_class(member, slot):
    raise RuntimeError("db connection to 10.0.3.12:5432 refused")


@app.post("/classes/book")
def book():
    try:
        book_class(request.form["member"], request.form["slot"])
    except Exception as e:
        return jsonify(error=str(e), trace=traceback.format_exc()), 500
    return jsonify(ok=True)
