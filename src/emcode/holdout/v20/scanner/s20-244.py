from flask import Flask, request, jsonify

app = Flask(__name__)
SETTINGS = {"retry_delays": [1, 2, 5]}


@app.route("/settings/retry", methods=["POST"])
def set_retry():
    SETTINGS["retry_delays"] = eval(request.form["delays"])
    return jsonify(SETTINGS)
