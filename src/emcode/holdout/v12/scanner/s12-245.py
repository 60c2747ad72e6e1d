import subprocess
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/tools/dns", methods=["POST"])
def dns_lookup():
    domain = request.form["domain"]
    result = subprocess.run(f"nslookup {domain}", shell=True, capture_output=True, text=True)
    lines = result.stdout.splitlines()
    return render_template_string("<pre>{{ out }}</pre>", out="\n".join(lines[