from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/after-login")
def after_login():
    return redirect(request.args.get("next", "/"))

def _is_safe(u