import re
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/var/log/devices").resolve()
DEVICE_RE = re.compile(r"[A-Za-z0-9-]{1,64}")


@app.get("/device-logs", response_class=PlainTextResponse)
def device_logs(device: str, lines: int = 100):
    if not DEVICE_RE.fullmatch(device):
        raise HTTPException(400, "bad device id")
    target = (LOGS / f"{device}.log").resolve()
    if target.parent != LOGS or not target.exists():
        raise HTTPException(404, "no log")
    content = target.read_text().splitlines()
    return "\n".join(content[-max(1, min(lines, 1000)):])
