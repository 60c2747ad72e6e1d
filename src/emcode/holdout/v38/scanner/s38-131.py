import logging

from flask import Flask, jsonify

from brewery.inventory import load_inventory

app = Flask(__name__)
log = logging.getLogger("brewery")


@app.errorhandler(Exception)
def on_error(exc):
    log.exception("unhandled error")
    return jsonify(error="something went wrong"), 500


@app.route("/inventory")
def inventory():
    return jsonify(load_inventory())
