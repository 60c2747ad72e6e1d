import subprocess
from fastapi import FastAPI

app = FastAPI()


@app.get("/whois")
def whois(domain: str):
    if not all(c.isalnum() or c in ".-" for c in domain) or domain.startswith("-"):
        return {"error": "bad domain"}
    out = subprocess.run(["whois", domain], capture_output=True, text=True, timeout=10)
    return {"domain": domain, "raw": out.stdo