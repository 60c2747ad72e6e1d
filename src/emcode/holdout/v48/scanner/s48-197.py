from flask import Flask, jsonify

app = Flask(__name__)

SCREENS = {1: "Dune", 2: "Paddington", 3: "Perfect Days"}


@app.get("/screens")
def screens():
    return jsonify(SCREENS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
