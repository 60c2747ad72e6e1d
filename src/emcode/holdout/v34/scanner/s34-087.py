from flask import Flask, request

app = Flask(__name__)

RESULT_TEMPLATE = "<div class='result'><h3>Records for the {0} family</h3><p>{1} matches</p></div>"


@app.route("/archive/lookup")
def lookup():
    surname = request.args.get("surname", "")
    count = len(surname) * 3
    html = RESULT_TEMPLATE.format(surname, count)
    return html
