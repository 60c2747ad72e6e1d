import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/unsubscribe")
def unsubscribe():
    raw_email = request.args.get("email", "")
    list_name = html.escape(request.args.get("list", "fixtures"))
    page = "<h2>Unsubscribed from " + list_name + "</h2>"
    page += "<p>We will no longer send reminders to " + raw_email + ".</p>"
    return page
