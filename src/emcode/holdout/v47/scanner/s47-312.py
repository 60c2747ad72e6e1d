from flask import Flask, jsonify

app = Flask(__name__)
app.config["DEBUG"] = True
app.config["SECRET_KEY"] = "tattoo-studio-dev-key"

BOOKINGS = []


@app.route("/bookings")
def bookings():
    return jsonify(BOOKINGS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", po