import os

from flask import Flask, jsonify, request

app = Flask(__name__)
TODOS: list[dict] = []


@app.route("/todos", methods=["GET", "POST"])
def todos():
    if request.method == "POST":
        title = str((request.get_json(silent=True) or {}).get("title", ""))[:200]
        if title:
            TODOS.append({"id": len(TODOS) + 1, "title": title, "done": False})
    return jsonify(TODOS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
