from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/quote")
def quote():
    branch = request.args.get("branch", "LHR")
    days = request.args.get("days", 1, type=int)
    resp = make_response({"days": days, "total": days * 39})
    resp.headers["X-Branch"] = branch
    return resp
