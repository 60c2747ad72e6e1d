import os
from flask import Flask, jsonify

app = Flask(__name__)
TASKS = [{"id": 1, "title": "write docs", "done": False}]


@app.route("/tasks")
def tasks():
    return jsonify(TASKS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
