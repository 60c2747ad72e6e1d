from flask import Flask, request, render_template_string

app = Flask(__name__)

WELCOME = "<h1>Welcome to the Lakeside, {{ guest }}!</h1><p>Check-in opens at {{ time }}.</p>"


@app.route("/welcome")
def welcome():
    guest = request.args.get("guest", "Guest")
    return render_template_string(WELCOME, guest=guest, time="15:00")
