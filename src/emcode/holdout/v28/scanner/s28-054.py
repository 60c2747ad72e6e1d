import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config["DATABASE_URL"] = os.environ.get("DATABASE_URL", "")


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify({
        "error": repr(exc),
        "type": type(exc).__name__,
        "database": app.config["DATABASE_URL"],
    }), 500


@app.get("/rooms/<int:room>")
def room(room):
    from .db import get_room
    return jsonify(get_room(room))
