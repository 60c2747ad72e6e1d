from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/download/statement")
def statement():
    member = request.args.get("member", "unknown")
    resp = make_response("statement body")
    resp.headers["X-Member-Ref"] = member
    resp.headers["Content-Disposition"] = f"attachment; filename={member}-statement.txt"
    return resp
