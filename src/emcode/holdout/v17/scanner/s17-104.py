import os
from flask import Flask, request, render_template_string

app = Flask(__name__)

FORM = """<form method="post"><input name="host"><button>Ping</button></form><pre>{{ out }}</pre>"""


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    out = ""
    if request.method == "POST":
        host = request.form["host"]
        status = os.system("ping -c 2 " + host + " > /tmp/ping.out")
        with open("/tmp/ping.out") as fh:
            out = fh.read() + f"\nexit={status}"
    return render_template_string(FORM, out=out)
