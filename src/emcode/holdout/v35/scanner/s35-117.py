from flask import Flask, request

app = Flask(__name__)

TEMPLATE = """<!doctype html>
<title>Unsubscribed</title>
<p>{email} will no longer receive <em>{list_name}</em>.</p>
<p><a href="/resubscribe?email={email}">Changed your mind?</a></p>
"""


@app.get("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    list_name = request.args.get("list", "The Monday Letter")
    # TODO: actually remove from the mailing list table
    return TEMPLATE.format(email=email, list_name=list_name)
