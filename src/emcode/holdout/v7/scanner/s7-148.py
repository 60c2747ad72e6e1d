from flask import Flask, jsonify

app = Flask(__name__)
TASKS = [{"id": 1, "title": "write docs", "done": False}]


@app.route("/tasks")
def tasks():
    return jsonify(TASKS)


@app.route("/tasks/<int:tid>/done", methods=["POST"])
def done(tid):
    for t in TASKS:
        if t["id"] == tid:
            t["done"] = True
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
