from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = "wedding-planner-2024-s3cret"


@app.route("/set-event/<int:event_id>")
def set_event(event_id):
    session["event_id"] = event_id
    return redirect(request.referrer or "/")


@app.route("/")
def home():
    return {"event": session.get("event_id")}
