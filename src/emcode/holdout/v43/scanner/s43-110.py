import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/logs/grep")
def grep_logs(pattern: str, site: str = "north"):
    proc = subprocess.Popen(
        f"grep -i '{pattern}' /var/log/minesafety/{site}.log | tail -n 50",
        shell=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    out, _ = proc.communicate(timeout=10)
    return {"lines": out.splitlines()}
