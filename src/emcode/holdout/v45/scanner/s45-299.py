import os

from flask import Flask, jsonify

app = Flask(__name__)

BEDS = {"A1": "tomatoes", "A2": "beans", "B1": "squash"}


@app.route("/beds")
def beds():
    return jsonify(BEDS)


if __name__ == "__main__":
    app.run(port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
