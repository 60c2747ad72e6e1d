from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/pantry/levels")
def levels():
    return jsonify({"rice": 40, "pasta": 12})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
