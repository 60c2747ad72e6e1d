from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/remember")
def remember():
    resp = make_response("saved")
    resp.set_cookie("auth", request.args.get("t", ""), secure=False, httponly=False, max_age=3600 * 24 * 30)
    return resp
