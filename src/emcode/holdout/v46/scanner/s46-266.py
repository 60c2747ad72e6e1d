import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle(exc):
    if isinstance(exc, HTTPException):
        return jsonify(error=exc.name), exc.code
    log.exception("unhandled error")
    return jsonify(error="Something went wrong"), 500


@app.get("/pledges/<int:pid>")
def pledge(pid):
    raise RuntimeError(f"ledger unavailable for {pid}")
