from flask import Flask, request, Response

app = Flask(__name__)
subscribers = set()


@app.route("/subscribe", methods=["POST"])
def subscribe():
    email = request.form.get("email", "").strip()
    if "@" not in email:
        return Response(f"Sorry, {email} does not look like an email address.", status=400, mimetype="text/plain")
    subscribers.add(email)
    return Response(f"Thanks! {email} is now subscribed.", mimetype="text/plain")
