from subprocess import call as run_cmd

from fastapi import FastAPI

app = FastAPI()


@app.get("/diag/ping")
def ping(host: str, count: int = 3):
    line = f"ping -c {count} {host}"
    rc = run_cmd(line, shell=True)
    return {"host": host, "reachable": rc == 0}
