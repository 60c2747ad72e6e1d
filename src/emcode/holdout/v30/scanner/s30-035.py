from flask import Flask, abort, make_response, request

app = Flask(__name__)
BRANCHES = {"LHR", "MAN", "EDI"}


@app.get("/quote")
def quote():
    branch = request.args.get("branch", "LHR").upper()
    if branch not in BRANCHES:
        abort(400)
    days = request.args.get("days", 1, type=int)
    resp = make_response({"days": days, "total": days * 39})
    resp.headers["X-Branch"] = branch
    return resp
