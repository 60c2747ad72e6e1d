from flask import Flask, request

app = Flask(__name__)


@app.route("/error")
def show_error():
    msg = request.args.get("msg", "Unknown error")
    code = request.args.get("code", "500")
    out = "<div class='error'>"
    out += "<h2>Error " + code + "</h2>"
    out += "<p>"
    out += msg
    out += "</p></div>"
    return out, int(code) if code.isdigit() else 500
