import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/integrations/test", methods=["POST"])
def test_webhook():
    url = request.form["endpoint"]
    try:
        r = requests.get(url, timeout=5)
    except requests.RequestException as e:
        return {"ok": False, "error": str(e)}
    return {"ok": r.ok, "status": r.status_code, "body": r.text[:500]}
