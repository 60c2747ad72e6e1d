from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """
<html>
  <head><title>Season pass</title></head>
  <body>
    <h1>{{ resort }}</h1>
    <p>No active pass found for <strong>{{ holder }}</strong>.</p>
  </body>
</html>
"""


@app.route("/pass/lookup")
def lookup_pass():
    holder = request.args.get("holder", "guest")
    resort = request.args.get("resort", "North Ridge")
    return render_template_string(PAGE, holder=holder, resort=resort), 404
