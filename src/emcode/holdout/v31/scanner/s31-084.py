import os

from flask import Flask, jsonify

app = Flask(__name__)

EXHIBITS = [{"id": 1, "title": "Bronze Age Hoard"}, {"id": 2, "title": "Dutch Still Lifes"}]


@app.get("/exhibits")
def exhibits():
    return jsonify(EXHIBITS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
