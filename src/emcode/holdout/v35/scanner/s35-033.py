from flask import Flask, jsonify

app = Flask(__name__)

SERVICES = {"tune-up": 45, "brake-bleed": 30, "wheel-true": 25}


@app.get("/services")
def services():
    return jsonify(SERVICES)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
