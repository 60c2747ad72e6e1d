from flask import Flask, jsonify

app = Flask(__name__)
HERDS = {"north": 14, "river": 9}


@app.route("/herds")
def herds():
    return jsonify(HERDS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
