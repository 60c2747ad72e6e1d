from flask import Flask, request

app = Flask(__name__)
SUBSCRIBERS = set()


@app.route("/subscribe", methods=["POST"])
def subscribe():
    email = request.form.get("email", "").strip()
    if "@" not in email:
        return "Invalid address: {}".format(email), 400
    SUBSCRIBERS.add(email)
    return "Thanks! {} has been subscribed.".format(email)
