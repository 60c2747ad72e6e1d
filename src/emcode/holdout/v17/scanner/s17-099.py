from flask import Flask, jsonify, request

app = Flask(__name__)
TODOS = []


@app.route("/todos", methods=["GET", "POST"])
def todos():
    if request.method == "POST":
        TODOS.append({"id": len(TODOS) + 1, "title": request.json["title"], "done": False})
    return jsonify(TODOS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
