import os
from pathlib import Path

TEMPLATE = "Host {alias}\n  HostName {host}\n  User {user}\n  IdentityFile ~/.ssh/id_ed25519\n"


def add_host(alias: str, host: str, user: str) -> Path:
    for value in (alias, host, user):
        if not value or any(ch.isspace() for ch in value) or not value.replace("-", "").replace(".", "").replace("_", "").isalnum():
            raise ValueError(f"invalid ssh config value: {value!r}")
    ssh_dir = Path.home() / ".ssh"
    ssh_dir.mkdir(mode=0o700, exist_ok=True)
    os.chmod(ssh_dir, 0o700)
    cfg = ssh_dir / "config"
    fd = os.open(cfg, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a") as fh:
        fh.write(TEMPLATE.format(alias=alias, host=host, user=user))
    return cfg
