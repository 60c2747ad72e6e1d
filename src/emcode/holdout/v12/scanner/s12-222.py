import os
from flask import Flask, jsonify

app = Flask(__name__)
READINGS = []


@app.route("/api/readings")
def readings():
    return jsonify(READINGS[-100:])


@app.route("/api/readings/latest")
def latest():
    return jsonify(READINGS[-1] if READINGS else {})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")),
            debug=os.environ.get("FLASK_DEBUG") == "1")
