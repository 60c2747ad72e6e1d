from flask import Flask, jsonify

app = Flask(__name__)
READINGS = []


@app.route("/readings")
def readings():
    return jsonify(READINGS[-50:])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
