import os

from flask import Flask, jsonify

app = Flask(__name__)
PANELS = {"A1": 340.2, "A2": 338.9}


@app.route("/panels")
def panels():
    return jsonify(PANELS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
