from flask import Flask, request, make_response

app = Flask(__name__)

ERROR_PAGE = """<html><body><div class="alert">{reason}</div></body></html>"""


@app.route("/oops")
def oops():
    reason = request.args.get("reason", "Something went wrong")
    body = ERROR_PAGE.format(reason=reason)
    resp = make_response(body, 400)
    return resp


@app.route("/maintenance")
def maintenance():
    until = request.args.get("until", "soon")
    return ERROR_PAGE.form