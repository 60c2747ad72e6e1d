import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/api/status")
def status():
    return jsonify(status="up", version="1.4.2")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("APP_DEBUG") == "1")
