import os
from flask import Flask, request, render_template_string

app = Flask(__name__)

FORM = """
<form method=post>
  Station host: <input name=host>
  <button>Ping</button>
</form>
"""


@app.route("/diag", methods=["GET", "POST"])
def diag():
    if request.method == "POST":
        host = request.form["host"]
        status = os.system("ping -c 2 {} > /tmp/ping.log".format(host))
        return {"reachable": status == 0}
    return render_template_string(FORM)
