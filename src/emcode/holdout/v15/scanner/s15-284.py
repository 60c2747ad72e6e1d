from flask import Flask, jsonify

app = Flask(__name__)
TODOS = [{"id": 1, "title": "buy milk", "done": False}]


@app.route("/todos")
def todos():
    return jsonify(TODOS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
