from flask import Flask, request

app = Flask(__name__)
subscribers = set()


@app.route("/subscribe", methods=["POST"])
def subscribe():
    email = request.form.get("email", "").strip()
    if "@" not in email:
        msg = "Sorry, " + email + " does not look like an email address."
        return msg, 400
    subscribers.add(email)
    return "Thanks! " + email + " is now subscribed."
