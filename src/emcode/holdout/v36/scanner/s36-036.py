from flask import Flask, request

app = Flask(__name__)

OPEN_SECTIONS = {"MATH201": 4, "BIO110": 0, "HIST150": 17}


@app.route("/seats")
def seats():
    code = request.args.get("course", "")
    if code not in OPEN_SECTIONS:
        msg = "Unknown course " + code
        return msg, 404
    return {"course": code, "open": OPEN_SECTIONS[code]}
