from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/greet")
def greet():
    name = request.args.get("name", "friend")
    tpl = "<h2>Hello " + name + "</h2>{% if admin %}<a href='/admin'>admin</a>{% endif %}"
    return render_template_string(tpl, admin=False)
