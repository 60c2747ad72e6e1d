from flask import Flask, jsonify

app = Flask(__name__)

CAROUSELS = {"T1": [1, 2, 3], "T2": [4, 5]}


@app.get("/carousels/<terminal>")
def carousels(terminal):
    return jsonify(CAROUSELS.get(terminal.upper(), []))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
