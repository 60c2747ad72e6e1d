import os


def on_message(user, text):
    if not text.startswith("!deploy "):
        return ""
    service = text.split(" ", 1)[1].strip()
    rc = os.system("cd /srv/ops && ansible-playbook deploy.yml --limit " + service)
    return "deploy ok" if rc == 0 else "deploy failed (%d)" % rc
