from flask import Flask, request

app = Flask(__name__)
SUBSCRIBERS = set()


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    SUBSCRIBERS.discard(email)
    confirmation = "You (" + email + ") will no longer receive our newsletter."
    return confirmation
