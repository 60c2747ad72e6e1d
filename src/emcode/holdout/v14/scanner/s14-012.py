import os
from subprocess import check_output as run_cmd
from fastapi import FastAPI, HTTPException

app = FastAPI()
LOG_DIR = "/var/log/myapp"


@app.get("/logs/{name}/tail")
def tail_log(name: str, lines: int = 50):
    allowed = set(os.listdir(LOG_DIR))
    if name not in allowed:
        raise HTTPException(status_code=404, detail="no such log")
    lines = max(1, min(lines, 500))
    out = run_cmd(["tail", "-n", str(lines), os.path.join(LOG_DIR, name)])
    return {"name": name, "text": out.decode("utf-8", "replace")}
