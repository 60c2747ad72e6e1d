from flask import Flask, jsonify

app = Flask(__name__)
READINGS = []


@app.route("/api/readings")
def readings():
    return jsonify(READINGS[-100:])


@app.route("/api/readings/latest")
def latest():
    return jsonify(READINGS[-1] if READINGS else {})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
