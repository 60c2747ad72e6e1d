import re
from flask import Flask, request, make_response, render_template_string

app = Flask(__name__)
CASE_RE = re.compile(r"^[A-Z]{2}-\d{4}-\d{5}$")
ERROR_PAGE = "<p class='error'>Unknown case number: {{ case_no }}</p>"


@app.route("/cases/open")
def open_case():
    case_no = request.args.get("case", "")
    if CASE_RE.fullmatch(case_no):
        resp = make_response("<p>Opening case file...</p>")
        resp.headers["Refresh"] = "1; url=/cases"
        return resp
    body = render_template_string(ERROR_PAGE, case_no=case_no)
    return make_response(body, 400)
