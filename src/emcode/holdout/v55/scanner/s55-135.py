import logging
import os

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("ferry")


@app.before_request
def log_request():
    log.info("%s %s", request.method, request.url_rule.rule if request.url_rule else "unmatched")


@app.route("/capacity/<int:sailing_id>")
def capacity(sailing_id):
    log.info("capacity lookup for sailing %d (worker pid %d)", sailing_id, os.getpid())
    return jsonify({"sailing": sailing_id, "cars": 42, "foot": 310})
