import re

from flask import Flask, request, make_response, abort

app = Flask(__name__)
MEMBER_RE = re.compile(r"[A-Z0-9]{6,12}")


@app.route("/download/statement")
def statement():
    member = request.args.get("member", "")
    if not MEMBER_RE.fullmatch(member):
        abort(400)
    resp = make_response("statement body")
    resp.headers["X-Member-Ref"] = member
    resp.headers["Content-Disposition"] = f"attachment; filename={member}-statement.txt"
    return resp
