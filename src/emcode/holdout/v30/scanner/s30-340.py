from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/bins/<code>")
def bin_contents(code):
    return jsonify(bin=code.upper(), items=[])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
