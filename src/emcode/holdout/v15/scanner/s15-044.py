import os

from flask import Flask, jsonify

app = Flask(__name__)
TODOS = [{"id": 1, "title": "buy milk", "done": False}]


@app.route("/todos")
def todos():
    return jsonify(TODOS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
