from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/echo-serial")
def echo_serial():
    serial = request.args.get("serial", "")
    resp = make_response(f"Received reading request for {serial}\n")
    resp.mimetype = "text/plain"
    return resp
