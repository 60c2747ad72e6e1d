import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/unsubscribe")
def unsubscribe():
    raw_email = request.args.get("email", "")
    email_html = html.escape(raw_email)
    page = "<h2>Unsubscribed</h2>"
    page += "<p>We will no longer send fixture reminders to " + email_html + ".</p>"
    return page
