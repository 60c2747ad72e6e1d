import os
import re
import shlex
import paramiko

JOB_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


def start_job(robot_host: str, job: str) -> str:
    if not JOB_RE.match(job):
        raise ValueError(f"invalid job name {job!r}")
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(robot_host, username="robot", key_filename=os.path.expanduser("~/.ssh/robot_ed25519"))
    try:
        _, stdout, _ = client.exec_command("robotctl start " + shlex.quote(job))
        return stdout.read().decode()
    finally:
        client.close()
