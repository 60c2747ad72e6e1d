import subprocess

DEPLOYS = {
    "api": ["ansible-playbook", "deploy.yml", "--limit", "api"],
    "worker": ["ansible-playbook", "deploy.yml", "--limit", "worker"],
}


def on_message(user: str, text: str) -> str:
    if not text.startswith("!deploy "):
        return ""
    service = text.split(" ", 1)[1].strip()
    argv = DEPLOYS.get(service)
    if argv is None:
        return f"unknown service; choose one of {', '.join(sorted(DEPLOYS))}"
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=900, cwd="/srv/ops")
    return "deploy ok" if proc.returncode == 0 else f"deploy failed ({proc.returncode})"
