from flask import Flask, request, abort, redirect
import secrets

app = Flask(__name__)
REGISTERED = {"https://app.sailclub.org/callback", "https://staging.sailclub.org/callback"}
CODES = {}


@app.route("/authorize")
def authorize():
    uri = request.args.get("redirect_uri", "")
    if uri not in REGISTERED:
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = request.args.get("client_id")
    return redirect(f"{uri}?code={code}")
