from flask import Flask, jsonify

app = Flask(__name__)

DOCKS = [{"id": 1, "free": 4}, {"id": 2, "free": 0}]


@app.get("/docks")
def docks():
    return jsonify(DOCKS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
