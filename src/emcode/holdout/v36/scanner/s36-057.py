from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    student = request.args.get("student", "")
    html = f"""<html><body>
    <h1>Welcome to registration week, {student}</h1>
    <p>Your window opens Monday at 08:00.</p>
    </body></html>"""
    return html


@app.route("/windo