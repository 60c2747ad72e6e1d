import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/talks")
def talks():
    return jsonify([])


if __name__ == "__main__":
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=8000, debug=debug)
