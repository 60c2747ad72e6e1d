from flask import Flask, request

app = Flask(__name__)
SUBSCRIBERS = set()


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    SUBSCRIBERS.discard(email.lower())
    message = "<p>%s has been removed from the newsletter.</p>" % email
    return message
