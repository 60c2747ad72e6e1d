from flask import Flask, render_template_string, request

app = Flask(__name__)

TEMPLATE = "<h1>Welcome to Northfield, {{ applicant }}!</h1><p>{{ deadline }}</p>"


@app.route("/welcome")
def welcome():
    applicant = request.args.get("name", "applicant")
    return render_template_string(TEMPLATE, applicant=applicant, deadline="Applications close 15 January")
