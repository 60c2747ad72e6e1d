import os

from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<form method="post"><input name="host"><button>Ping</button></form>
<pre>{{ output }}</pre>
"""


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    output = ""
    if request.method == "POST":
        host = request.form.get("host", "")
        cmd = "ping -c 3 " + host
        output = os.popen(cmd).read()
    return render_template_string(PAGE, output=output)
