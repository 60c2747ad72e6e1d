import datetime

from flask import Flask, request

app = Flask(__name__)


@app.before_request
def access_log():
    line = "{} {} {} ua={}\n".format(datetime.datetime.utcnow().isoformat(), request.method, request.path,
                                      request.headers.get("User-Agent", "-"))
    with open("/var/log/shop/access.log", "a") as fh:
        fh.write(line)


@app.get("/")
def index():
    return "ok"
