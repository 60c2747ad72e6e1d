from flask import Flask, request

app = Flask(__name__)


@app.route("/trials/eligibility")
def eligibility():
    age = request.args.get("age", "")
    condition = request.args.get("condition", "")
    if not age.isdigit():
        return "Age '" + age + "' is not a number, please go back."
    if int(age) < 18:
        return "Sorry, participants must be 18 or older."
    return f"Thanks! We'll check trials for {condition} and email you."
