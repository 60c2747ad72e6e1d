from urllib.request import urlopen
import json
from fastapi import FastAPI, HTTPException

app = FastAPI()
PRINTERS = {1: "10.20.0.11", 2: "10.20.0.12", 3: "10.20.0.15"}


@app.get("/printers/{pid}/status")
def printer_status(pid: int):
    host = PRINTERS.get(pid)
    if host is None:
        raise HTTPException(404)
    with urlopen(f"http://{host}:631/status.json", timeout=5) as resp:
        data = json.load(resp)
    return {"printer": pid, "state": data.get("state")}
