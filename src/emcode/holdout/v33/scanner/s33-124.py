from flask import Flask, jsonify

app = Flask(__name__)

LOTS = {"north": 120, "south": 80, "garage-a": 400}


@app.route("/lots")
def lots():
    return jsonify(LOTS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
