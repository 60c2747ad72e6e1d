import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle(exc):
    if isinstance(exc, HTTPException):
        return jsonify(error=exc.name), exc.code
    log.exception("unhandled")
    return jsonify(error="internal server error"), 500


@app.get("/tide/<station>")
def tide(station):
    return {"station": station, "level_m": 1.2}
