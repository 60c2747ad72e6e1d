from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = "<html><body><h1>{{ headline }}</h1><p>Powered by tinycms</p></body></html>"


@app.route("/preview")
def preview():
    headline = request.args.get("headline", "Hello")
    return render_template_string(PAGE, headline=headline)
