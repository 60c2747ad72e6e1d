import os

def handle(cmd: str) -> str:
    if cmd.startswith("!dig "):
        domain = cmd.split(" ", 1)[1]
        os.system("dig +short " + domain + " > /tmp/dig.out")
        with open("/tmp/dig.out") as fh:
            return fh.read()
    return "unknown command"
