from flask import Flask, Response, request

app = Flask(__name__)


def plain(msg, status=200):
    return Response(msg, status=status, mimetype="text/plain")


@app.route("/trials/eligibility")
def eligibility():
    age = request.args.get("age", "")
    condition = request.args.get("condition", "")
    if not age.isdigit():
        return plain("Age '" + age + "' is not a number, please go back.", 400)
    if int(age) < 18:
        return plain("Sorry, participants must be 18 or older.")
    return plain(f"Thanks! We'll check trials for {condition} and email you.")
