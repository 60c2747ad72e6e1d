from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = "<p>You said: {{ msg }}</p>"

@app.get("/echo")
def echo():
    msg = request.args.get("msg", "")
    return render_template_string(PAGE, msg=msg)
