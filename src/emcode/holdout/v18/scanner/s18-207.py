import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("access")
_CTRL = {i: "?" for i in range(32)}


def neutral(value):
    return (value or "").translate(_CTRL)[:300]


@app.errorhandler(404)
def not_found(err):
    log.warning("404 for %s from %s ua=%s", neutral(request.path), request.remote_addr,
                neutral(request.headers.get("User-Agent")))
    return jsonify(error="not found"), 404
