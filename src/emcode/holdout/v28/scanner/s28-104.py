from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    guest = request.args.get("guest", "Guest")
    template = "<h1>Welcome to the Lakeside, " + guest + "!</h1><p>Check-in opens at {{ time }}.</p>"
    return render_template_string(template, time="15:00")
