from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/plots/count")
def count():
    return jsonify(n=42)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
