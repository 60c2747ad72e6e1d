from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/whoami")
def whoami():
    user = request.args.get("user", "nobody")
    return Response("Logged in as " + user, mimetype="text/plain")
