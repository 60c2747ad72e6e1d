import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("access")


@app.errorhandler(404)
def not_found(err):
    log.warning(f"404 for {request.path} from {request.remote_addr} ua={request.headers.get('User-Agent')}")
    return jsonify(error="not found"), 404
