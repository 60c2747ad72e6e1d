import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/sponsors/whois")
def whois(domain: str):
    result = subprocess.check_output("whois " + domain + " | head -n 20", shell=True, text=True)
    return {"whois": result}
