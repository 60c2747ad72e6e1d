import os

from flask import Flask, jsonify

app = Flask(__name__)
QUEUE = [{"order": 1, "item": "al pastor"}, {"order": 2, "item": "veggie bowl"}]


@app.get("/queue")
def queue():
    return jsonify(QUEUE)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)
