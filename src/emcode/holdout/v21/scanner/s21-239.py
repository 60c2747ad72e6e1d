import os
from flask import Flask, jsonify

app = Flask(__name__)
READINGS = []


@app.route("/readings")
def readings():
    return jsonify(READINGS[-50:])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("APP_DEBUG") == "1")
