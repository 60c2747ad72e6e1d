from pathlib import Path


def open_audit_log(directory, name="auth-audit.log", perms=0o666):
    p = Path(directory) / name
    p.touch(mode=perms, exist_ok=True)
    p.chmod(perms)
    return p.open("a")
