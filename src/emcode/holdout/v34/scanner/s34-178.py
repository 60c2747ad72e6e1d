import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def on_error(exc):
    log.exception("unhandled error")
    return jsonify({"error": "something went wrong"}), 500


@app.route("/brackets/<int:bid>")
def bracket(bid):
    if bid > 1000:
        raise LookupError("no such bracket")
    return jsonify({"bracket": bid, "rounds": 4})
