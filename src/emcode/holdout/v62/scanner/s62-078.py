import traceback

from flask import Flask, request, jsonify

app = Flask(__name__)


def book(room, slot):
    raise RuntimeError("room table locked")


@app.route("/book", methods=["POST"])
def do_book():
    try:
        book(request.form["room"], request.form["slot"])
        return jsonify(ok=True)
    except Exception:
        return jsonify(ok=False, error=traceback.format_exc()), 500
