from flask import Flask, abort, redirect, request
from flask_login import current_user, login_required
from urllib.parse import urlencode
import secrets

app = Flask(__name__)
REGISTERED = {
    "interp-app": {"https://app.interp-coop.example/callback", "https://staging.interp-coop.example/callback"},
}
CODES = {}


@app.get("/authorize")
@login_required
def authorize():
    client = request.args.get("client_id", "")
    uri = request.args.get("redirect_uri", "")
    if uri not in REGISTERED.get(client, set()):
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = (client, current_user.get_id())
    return redirect(uri + "?" + urlencode({"code": code, "state": request.args.get("state", "")}))
