from flask import Flask, jsonify

app = Flask(__name__)

SPACES = {"A": 120, "B": 64, "Maternity": 30}


@app.get("/levels")
def levels():
    return jsonify(SPACES)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
