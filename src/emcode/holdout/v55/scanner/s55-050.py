from flask import Flask, jsonify

app = Flask(__name__)
app.config["DEBUG"] = True


@app.route("/cameras")
def cameras():
    return jsonify(["ridge-01", "ridge-02", "pond-01"])


if __name__ == "__main__":
    app.run(host="0.0.0.0")
