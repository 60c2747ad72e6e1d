from flask import Flask, request, redirect

app = Flask(__name__)


@app.get("/continue")
def cont():
    target = request.args.get("url", "/")
    if "tenantportal.io" in target:
        return redirect(target)
    return redirect("/")
