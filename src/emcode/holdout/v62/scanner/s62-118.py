import logging

from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(500)
def server_error(err):
    app.logger.error("server error: %s", type(err).__name__)
    return jsonify(error="Something went wrong"), 500


@app.route("/zones/<int:zone_id>")
def zone(zone_id):
    zones = {1: "A1", 2: "A2"}
    return jsonify(zone=zones[zone_id])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run()
