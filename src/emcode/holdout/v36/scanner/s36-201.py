import ipaddress

from flask import Flask, abort, request

app = Flask(__name__)
ADMIN_NET = ipaddress.ip_network("10.20.0.0/16")


@app.before_request
def restrict_admin():
    if request.path.startswith("/admin"):
        if ipaddress.ip_address(request.remote_addr) not in ADMIN_NET:
            abort(403)


@app.get("/admin/queue")
def admin_queue():
    return {"pending": 3}
