import os

from flask import Flask, request, render_template_string

app = Flask(__name__)

FORM = """
<form method="post"><input name="host"><button>Ping</button></form>
<pre>{{ output }}</pre>
"""


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    output = ""
    if request.method == "POST":
        host = request.form["host"].strip()
        cmd = "ping -c 3 " + host
        output = os.popen(cmd).read()
    return render_template_string(FORM, output=output)
