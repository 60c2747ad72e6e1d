import os

from flask import Flask, jsonify

app = Flask(__name__)

LIFTS = {"summit-express": "open", "bunny-tow": "closed"}


@app.route("/lifts")
def lifts():
    return jsonify(LIFTS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
