from urllib.request import urlopen
from fastapi import FastAPI
import json

app = FastAPI()


@app.get("/printers/status")
def printer_status(printer_host: str):
    url = "http://" + printer_host + ":631/status.json"
    with urlopen(url, timeout=5) as resp:
        data = json.load(resp)
    return {"host": printer_host, "state": data.get("state")}
