import os

from flask import Flask, jsonify

app = Flask(__name__)

SCREENS = {1: "Dune", 2: "Paddington", 3: "Perfect Days"}


@app.get("/screens")
def screens():
    return jsonify(SCREENS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
