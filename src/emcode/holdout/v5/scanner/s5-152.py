from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/api/items")
def items():
    return jsonify([1, 2, 3])

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
