import os

from flask import Flask, jsonify

app = Flask(__name__)

TODOS = [{"id": 1, "title": "write report", "done": False}]


@app.route("/todos")
def list_todos():
    return jsonify(TODOS)


if __name__ == "__main__":
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=8080, debug=debug)
