from flask import Flask, render_template_string, request

app = Flask(__name__)

REPORT_PAGE = """
<html>
  <head><title>Dock {{ dock_id }}</title></head>
  <body>
    <h1>Fault reported at dock {{ dock_id }}</h1>
    <p>Issue: {{ issue }}</p>
    <p>A technician will be dispatched within 24 hours.</p>
  </body>
</html>
"""


@app.get("/docks/<dock_id>/report")
def dock_report(dock_id):
    issue = request.args.get("issue", "unspecified")
    return render_template_string(REPORT_PAGE, dock_id=dock_id, issue=issue)
