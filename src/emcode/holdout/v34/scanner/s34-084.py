from flask import Flask, jsonify

app = Flask(__name__)
PANELS = {"A1": 340.2, "A2": 338.9}


@app.route("/panels")
def panels():
    return jsonify(PANELS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
