import shlex
import subprocess


def tail_remote_log(host: str, service: str, lines: int = 100) -> str:
    """Show the last lines of a systemd unit's journal on a managed inverter gateway."""
    if host not in {"gw1.solar.lan", "gw2.solar.lan"}:
        raise ValueError("unknown gateway")
    remote = "journalctl -u {} -n {} --no-pager".format(shlex.quote(service), int(lines))
    out = subprocess.run(["ssh", "-o", "BatchMode=yes", host, remote], capture_output=True, text=True, timeout=30)
    return out.stdout
