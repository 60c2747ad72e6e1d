from flask import Flask, request, render_template_string

app = Flask(__name__)
GREETING = "<h2>Hello {{ name }}</h2>"

@app.route("/greet")
def greet():
    return render_template_string(GREETING, name=request.args.get("name", "friend"))
