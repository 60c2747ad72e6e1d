import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/pantry/levels")
def levels():
    return jsonify({"rice": 40, "pasta": 12})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("PANTRY_DEBUG") == "1")
