from flask import Flask, jsonify, request

app = Flask(__name__)

OPEN_SECTIONS = {"MATH201": 4, "BIO110": 0, "HIST150": 17}


@app.route("/seats")
def seats():
    code = request.args.get("course", "")
    if code not in OPEN_SECTIONS:
        return jsonify(error="unknown course", course=code), 404
    return jsonify(course=code, open=OPEN_SECTIONS[code])
