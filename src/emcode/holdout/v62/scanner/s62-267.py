from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/greet")
def greet():
    who = request.args.get("who", "volunteer")
    return jsonify(message=f"Welcome back, {who}.")


def _format_shift(shift):
    return f"{shift['start']:%a %H:%M} - {shift['end']:%H: