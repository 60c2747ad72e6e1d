from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/var/log/devices")


@app.get("/device-logs", response_class=PlainTextResponse)
def device_logs(device: str, lines: int = 100):
    target = LOGS / f"{device}.log"
    if not target.exists():
        raise HTTPException(404, "no log")
    content = target.read_text().splitlines()
    return "\n".join(content[-lines:])
