from flask import Flask, request

app = Flask(__name__)


@app.get("/docks/<dock_id>/report")
def dock_report(dock_id):
    issue = request.args.get("issue", "unspecified")
    html = f"""
    <html>
      <head><title>Dock {dock_id}</title></head>
      <body>
        <h1>Fault reported at dock {dock_id}</h1>
        <p>Issue: {issue}</p>
        <p>A technician will be dispatched within 24 hours.</p>
      </body>
    </html>
    """
    return html
