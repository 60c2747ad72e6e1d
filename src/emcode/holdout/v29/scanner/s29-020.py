from flask import Flask, jsonify

app = Flask(__name__)

LIGHTS = {"hall": False, "kitchen": True}


@app.get("/lights")
def lights():
    return jsonify(LIGHTS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
