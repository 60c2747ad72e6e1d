from flask import Flask, request

app = Flask(__name__)
USERS = {"alice": "admin", "bob": "viewer"}

@app.route("/role")
def role():
    user = request.args.get("user")
    parts = ["<ul>"]
    if user not in USERS:
        parts.append("<li>Unknown user %s</li>" % user)
    else:
        parts.append("<li>%s is %s</li>" % (user, USERS[user]))
    parts.append("</ul>")
    return "".join(parts)
