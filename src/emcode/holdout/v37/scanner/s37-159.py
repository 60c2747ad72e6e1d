import os

from flask import Flask, jsonify

app = Flask(__name__)

DELIVERIES = [{"id": 1, "drone": "DX-4", "eta_min": 12}]


@app.route("/deliveries")
def deliveries():
    return jsonify(DELIVERIES)


if __name__ == "__main__":
    app.run(port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
