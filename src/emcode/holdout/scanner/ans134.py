from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_error(err):
    return jsonify({"error": str(err), "type": type(err).__name__, "args": err.args}), 500
