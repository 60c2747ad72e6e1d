from flask import Flask, jsonify

app = Flask(__name__)
DOGS = [{"name": "Biscuit", "walks": 3}, {"name": "Luna", "walks": 5}]


@app.get("/dogs")
def dogs():
    return jsonify(DOGS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
