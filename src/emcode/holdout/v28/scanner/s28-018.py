import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def on_error(exc):
    if isinstance(exc, HTTPException):
        return jsonify({"error": exc.name}), exc.code
    log.exception("unhandled error")
    return jsonify({"error": "internal server error"}), 500


@app.get("/rooms/<int:room>")
def room(room):
    from .db import get_room
    return jsonify(get_room(room))
