from flask import Flask, jsonify

app = Flask(__name__)

VALVES = {"A1": "open", "A2": "closed"}


@app.route("/valves")
def valves():
    return jsonify(VALVES)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
