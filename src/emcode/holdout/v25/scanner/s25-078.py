from flask import Flask, request, make_response
import re

app = Flask(__name__)
CASE_RE = re.compile(r"^[A-Z]{2}-\d{4}-\d{5}$")


@app.route("/cases/open")
def open_case():
    case_no = request.args.get("case", "")
    if CASE_RE.match(case_no):
        resp = make_response("<p>Opening case file...</p>")
        resp.headers["Refresh"] = "1; url=/cases"
        return resp
    err = "<p class='error'>Unknown case number: %s</p>" % case_no
    resp = make_response(err, 400)
    return resp
