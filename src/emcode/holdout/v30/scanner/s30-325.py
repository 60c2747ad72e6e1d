from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    applicant = request.args.get("name", "applicant")
    template = "<h1>Welcome to Northfield, " + applicant + "!</h1><p>{{ deadline }}</p>"
    return render_template_string(template, deadline="Applications close 15 January")
