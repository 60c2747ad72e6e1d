from flask import Flask, jsonify

app = Flask(__name__)

BOATS = [
    {"id": "LB-1", "capacity": 150, "last_inspected": "2024-02-11"},
    {"id": "LB-2", "capacity": 150, "last_inspected": "2023-11-30"},
]


@app.route("/boats")
def boats():
    return jsonify(BOATS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
