from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/banner")
def banner():
    farm = request.args.get("farm", "Our farm")
    return render_template_string("<h1>Welcome to {{ farm }} equipment hire</h1>", farm=farm)
