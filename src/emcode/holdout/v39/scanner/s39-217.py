import os

from flask import Flask, jsonify

app = Flask(__name__)
HERDS = {"north": 14, "river": 9}


@app.route("/herds")
def herds():
    return jsonify(HERDS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
