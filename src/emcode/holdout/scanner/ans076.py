import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/logs/grep")
def grep_logs(pattern: str):
    proc = subprocess.Popen("grep -i '" + pattern + "' /var/log/app.log", shell=True,
                            stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate()
    return {"matches": out.splitlines()}
