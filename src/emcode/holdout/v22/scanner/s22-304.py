import requests
from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

app = Flask(__name__)


@app.post("/integrations/<int:integration_id>/test")
@login_required
def test_webhook(integration_id):
    hook = current_user.integrations.filter_by(id=integration_id).first()
    if hook is None or not hook.verified:
        abort(404)
    resp = requests.post(hook.url, json={"event": "ping"}, timeout=5, allow_redirects=False)
    return jsonify(status=resp.status_code)
