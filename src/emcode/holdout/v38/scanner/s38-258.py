from flask import Flask, jsonify

app = Flask(__name__)

LIFTS = {"summit-express": "open", "bunny-tow": "closed"}


@app.route("/lifts")
def lifts():
    return jsonify(LIFTS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
