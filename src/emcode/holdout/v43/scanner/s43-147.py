import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
SITES = {"north", "south", "deep2"}


@app.get("/logs/grep")
def grep_logs(pattern: str, site: str = "north"):
    if site not in SITES:
        raise HTTPException(404)
    proc = subprocess.run(
        ["grep", "-i", "-F", "-e", pattern, "--", f"/var/log/minesafety/{site}.log"],
        capture_output=True, text=True, timeout=10,
    )
    return {"lines": proc.stdout.splitlines()[-50:]}
