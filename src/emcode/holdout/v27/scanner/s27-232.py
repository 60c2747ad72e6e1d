from flask import Flask, request, render_template_string

app = Flask(__name__)
TEMPLATE = "<h1>Welcome to the bracket, {{ name }}!</h1>"


@app.route("/welcome")
def welcome():
    return render_template_string(TEMPLATE, name=request.args.get("name", "guest"))
