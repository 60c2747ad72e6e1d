from flask import Flask, jsonify

app = Flask(__name__)
app.config["DEBUG"] = True


@app.get("/rinks")
def rinks():
    return jsonify(["North", "South", "Practice"])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=80