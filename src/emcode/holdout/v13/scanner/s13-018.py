import re
from flask import Flask, request, redirect

app = Flask(__name__)
TRUSTED = "example.com"
host_re = re.compile(r"(www\.)?" + TRUSTED)

@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if host_re.match(target.split("//")[-1]):
        return redirect(target)
    return redirect("/")
