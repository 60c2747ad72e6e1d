import os

from flask import Flask, jsonify

app = Flask(__name__)
DEVICES = {"thermo-1": 21.5, "thermo-2": 19.0}


@app.get("/devices")
def devices():
    return jsonify(DEVICES)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
