import re
import shlex
import subprocess

TAG = re.compile(r"v\d+\.\d+\.\d+")


def deploy(service: str, tag: str, send) -> None:
    if service not in {"api", "web", "worker"} or not TAG.fullmatch(tag):
        send("usage: /deploy <api|web|worker> vX.Y.Z")
        return
    cmd = "docker pull registry.example.com/{svc}:{tag} && docker service update --image registry.example.com/{svc}:{tag} {svc}"
    cmd = cmd.format(svc=shlex.quote(service), tag=shlex.quote(tag))
    res = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=600)
    send("deployed" if res.returncode == 0 else "failed: " + res.stderr[-200:])
