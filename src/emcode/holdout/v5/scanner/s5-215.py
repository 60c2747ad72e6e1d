from flask import Flask, request, redirect

app = Flask(__name__)

@app.get("/continue")
def cont():
    target = request.args.get("to", "/")
    if not target.startswith("/"):
        target = "/"
    return redirect(target)
