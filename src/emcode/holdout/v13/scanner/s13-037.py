from flask import Flask, jsonify

app = Flask(__name__)
TODOS = [{"id": 1, "title": "ship it"}]

@app.route("/todos")
def todos():
    return jsonify(TODOS)

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
