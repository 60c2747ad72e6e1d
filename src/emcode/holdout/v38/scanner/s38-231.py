import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/logs/grep")
def grep_logs(term: str):
    cmdline = "grep -i '" + term + "' /var/log/brewhouse/fermenter.log | tail -n 50"
    out = subprocess.check_output(cmdline, shell=True, text=True)
    return {"lines": out.splitlines()}
