from flask import Flask, render_template_string, request

app = Flask(__name__)

RESULT_TEMPLATE = "<div class='result'><h3>Records for the {{ surname }} family</h3><p>{{ count }} matches</p></div>"


@app.route("/archive/lookup")
def lookup():
    surname = request.args.get("surname", "")
    count = len(surname) * 3
    return render_template_string(RESULT_TEMPLATE, surname=surname, count=count)
