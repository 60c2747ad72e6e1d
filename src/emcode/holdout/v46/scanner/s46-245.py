from flask import Flask, request

app = Flask(__name__)

LAYOUTS = {
    "short": "{name} ({section})",
    "long": "{name} - {section} section - serial {serial}",
}

INSTRUMENT = {"name": "Cello", "section": "strings", "serial": "EC-3051"}


@app.get("/label")
def label():
    fmt = LAYOUTS.get(request.args.get("layout", "short"), LAYOUTS["short"])
    return fmt.format(**INSTRUMENT), 200, {"Content-Type": "text/plain; charset=utf-8"}
